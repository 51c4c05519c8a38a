package org.minping.web.security;

import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits on what costs the portal or its citizens something: registrations per client address (an
 * attacker making accounts by the thousand, or sending messages to other people's contacts; the
 * address as {@link ClientAddress} finds it) and messages per contact (each code or notice is an SMS
 * or e-mail sent, and each new code restarts the guessing allowance of 5 tries). Registration counts
 * both alike whether or not the contact has an account, so no limit tells the two apart. Buckets
 * live in this instance's memory.
 */
@ApplicationScoped
public class AccountThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Bucket> registrations = new ConcurrentHashMap<>();
    private final Map<String, Bucket> codes = new ConcurrentHashMap<>();

    /**
     * Limits per hour from minping.registration.per-address (default 30: a service hall or a
     * carrier's shared address registers many people) and minping.verification.codes-per-account
     * (default 3).
     */
    @Inject
    @ConfigProperty(name = "minping.registration.per-address", defaultValue = "30")
    int registrationsPerAddress;

    @Inject
    @ConfigProperty(name = "minping.verification.codes-per-account", defaultValue = "3")
    int codesPerAccount;

    public AccountThrottle() {
    }

    AccountThrottle(int registrationsPerAddress, int codesPerAccount) {
        this.registrationsPerAddress = registrationsPerAddress;
        this.codesPerAccount = codesPerAccount;
    }

    /** 0 when the address may register now, else the seconds to wait; nothing is used up. */
    public long registrationWait(String clientAddress) {
        return Buckets.waitFor(Buckets.of(registrations, clientAddress, registrationsPerAddress, WINDOW));
    }

    /**
     * A registration was sent from the address: counted whether its contact was new (a code went
     * out) or had an account (its holder was told instead), as the registrant cannot tell which.
     */
    public void registrationSent(String clientAddress) {
        Buckets.of(registrations, clientAddress, registrationsPerAddress, WINDOW).tryConsume(1);
    }

    /**
     * Takes one message (a verification code, or the notice that replaces it) from the allowance of
     * the account or contact it goes to: 0, or the seconds to wait.
     */
    public long takeCode(String username) {
        return Buckets.take(Buckets.of(codes, username == null ? "" : username.toLowerCase(Locale.ROOT), codesPerAccount, WINDOW));
    }
}
