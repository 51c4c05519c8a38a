package org.minping.core.appraisal;

import java.util.Objects;
import java.util.Optional;

/**
 * Who submits, as far as the portal may know it: a level and, when there is one, an identity that
 * stays the same across submissions (an account, or a device token an app or browser keeps). The
 * identity is never stored; only its keyed hash is ({@link RaterKeys}).
 */
public record Rater(RaterLevel level, String identity, String network) {

    public Rater {
        Objects.requireNonNull(level, "level");
    }

    public Rater(RaterLevel level, String identity) {
        this(level, identity, null);
    }

    /** The same rater, submitting from the network with this prefix (IPv4 /24, IPv6 /48). */
    public Rater from(String networkPrefix) {
        return new Rater(level, identity, networkPrefix);
    }

    /** A visitor without account or device token: can rate, but not a service case. */
    public static Rater unidentified() {
        return new Rater(RaterLevel.ANONYMOUS, null);
    }

    /** A visitor known by a device token (a browser cookie, or the X-Device-Token of an app or kiosk). */
    public static Rater device(String token) {
        return token == null || token.isBlank() ? unidentified() : new Rater(RaterLevel.ANONYMOUS, "device:" + token.strip());
    }

    /**
     * A user of an intake system (an app, a service hall's kiosks, the hotline) that holds an API
     * token and vouches for its user by an identifier of its own. Identifiers are the system's:
     * the same one from two systems is two raters. The portal cannot check the system's sign-in,
     * so the user counts as anonymous for the trust weight.
     */
    public static Rater systemUser(String system, String userToken) {
        return new Rater(RaterLevel.ANONYMOUS, "system:" + system.length() + ":" + system + ":" + userToken.strip());
    }

    /** A signed-in account. */
    public static Rater account(String username, RaterLevel level) {
        return new Rater(level, "account:" + username);
    }

    public Optional<String> identityIfKnown() {
        return Optional.ofNullable(identity);
    }
}
