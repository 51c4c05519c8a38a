package org.minping.core.twofactor;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.util.OptionalLong;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1, six
 * digits, 30-second steps. A code is accepted for the step it belongs to and for one step either
 * side, so that a phone's clock a little off, or a code typed as it changes, still works; the step
 * a code matched is returned, so that the caller can refuse it a second time. No clock here: the
 * caller says what time it is.
 */
public final class TotpCodes {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    /** Steps accepted either side of the current one. */
    public static final int WINDOW = 1;
    /** Base32 characters of a new secret: 160 bits, the size RFC 4226 recommends for HMAC-SHA1. */
    static final int SECRET_CHARACTERS = 32;

    private TotpCodes() {
    }

    /** A new random secret, in Base32 as apps take it. */
    public static String newSecret() {
        return new DefaultSecretGenerator(SECRET_CHARACTERS).generate();
    }

    /** The otpauth:// URI an app reads from the QR code: issuer, account, secret and the code's shape. */
    public static String uri(String issuer, String account, String secret) {
        return new QrData.Builder().label(issuer + ":" + account).issuer(issuer).secret(secret).algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }

    /** The step a moment falls in. */
    public static long stepAt(long epochSecond) {
        return Math.floorDiv(epochSecond, PERIOD_SECONDS);
    }

    /**
     * The step, within the window around the moment, whose code this is; empty when it is none of
     * them. Every step of the window is compared (in constant time, by the library's verifier), so
     * the time taken does not tell which one matched.
     */
    public static OptionalLong matchingStep(String secret, String digits, long epochSecond) {
        long now = stepAt(epochSecond);
        long matched = Long.MIN_VALUE;
        for (long step = now - WINDOW; step <= now + WINDOW; step++) {
            if (verifierAt(step).isValidCode(secret, digits)) {
                matched = Math.max(matched, step);
            }
        }
        return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    /** The code of a step, as the app shows it. */
    public static String codeAt(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalArgumentException("not a Base32 secret", e);
        }
    }

    /** The library's verifier held at one step, with no window of its own: the window is ours, to know the step. */
    private static CodeVerifier verifierAt(long step) {
        DefaultCodeVerifier verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS),
                () -> step * PERIOD_SECONDS);
        verifier.setTimePeriod(PERIOD_SECONDS);
        verifier.setAllowedTimePeriodDiscrepancy(0);
        return verifier;
    }
}
