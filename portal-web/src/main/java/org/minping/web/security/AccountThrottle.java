package org.minping.web.security;

import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits on what costs the portal or its citizens something: registrations per network (an
 * attacker making accounts by the thousand) and verification codes per account (each is an SMS or
 * e-mail sent, and each new code restarts the guessing allowance of 5 tries). Buckets live in this
 * instance's memory.
 */
@ApplicationScoped
public class AccountThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Bucket> registrations = new ConcurrentHashMap<>();
    private final Map<String, Bucket> codes = new ConcurrentHashMap<>();
    private final int registrationsPerNetwork;
    private final int codesPerAccount;

    /**
     * Limits per hour from minping.registration.per-network (default 20: an office behind one
     * router registers its staff) and minping.verification.codes-per-account (default 3).
     */
    public AccountThrottle() {
        this(Buckets.setting("minping.registration.per-network", 20), Buckets.setting("minping.verification.codes-per-account", 3));
    }

    AccountThrottle(int registrationsPerNetwork, int codesPerAccount) {
        this.registrationsPerNetwork = registrationsPerNetwork;
        this.codesPerAccount = codesPerAccount;
    }

    /** Takes one registration from the address's network: 0, or the seconds to wait. */
    public long takeRegistration(String remoteAddress) {
        return Buckets.take(Buckets.of(registrations, IntakeThrottle.networkOf(remoteAddress), registrationsPerNetwork, WINDOW));
    }

    /** Takes one verification code from the account's allowance: 0, or the seconds to wait. */
    public long takeCode(String username) {
        return Buckets.take(Buckets.of(codes, username == null ? "" : username.toLowerCase(Locale.ROOT), codesPerAccount, WINDOW));
    }
}
