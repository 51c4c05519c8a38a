package org.minping.web.security;

import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing without handing strangers a way to lock an account. Every failed login
 * takes a token from the user name's bucket and from the client address's bucket. A client address
 * whose bucket is empty waits (429, the password not checked). A user name whose bucket is empty
 * is not locked: each further attempt must carry a fresh proof of work, which the login page's
 * browser solves in about a second, so its owner still signs in while a guesser pays for every
 * guess. Known and unknown user names are treated alike, so neither reveals anything. Buckets live
 * in this instance's memory (a cluster would keep them in the data grid).
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Bucket> byUser = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Bucket> codesByUser = new ConcurrentHashMap<>();

    /** Failures of one user name in 15 minutes after which attempts need a proof of work. */
    @Inject
    @ConfigProperty(name = "minping.login.failures-per-user", defaultValue = "5")
    int failuresPerUser;

    /** Failures from one client address in 15 minutes after which it waits. */
    @Inject
    @ConfigProperty(name = "minping.login.failures-per-address", defaultValue = "20")
    int failuresPerAddress;

    /**
     * Wrong second-factor codes of one account in 15 minutes after which its code step is locked
     * until the window has passed. Only someone who knew the password reaches that step, so a lock
     * there keeps out a guesser who has the password, not strangers.
     */
    @Inject
    @ConfigProperty(name = "minping.login.code-failures-per-user", defaultValue = "5")
    int codeFailuresPerUser;

    public LoginThrottle() {
    }

    LoginThrottle(int failuresPerUser, int failuresPerAddress) {
        this(failuresPerUser, failuresPerAddress, 5);
    }

    LoginThrottle(int failuresPerUser, int failuresPerAddress, int codeFailuresPerUser) {
        this.failuresPerUser = failuresPerUser;
        this.failuresPerAddress = failuresPerAddress;
        this.codeFailuresPerUser = codeFailuresPerUser;
    }

    /** Seconds the client address must wait before its next attempt, or 0. */
    public long secondsToWait(String address) {
        return Buckets.waitFor(bucket(byAddress, address, failuresPerAddress));
    }

    /** Whether attempts for this (canonical) user name must carry a proof of work. */
    public boolean proofRequired(String username) {
        return Buckets.waitFor(bucket(byUser, username, failuresPerUser)) > 0;
    }

    public void failed(String username, String address) {
        bucket(byUser, username, failuresPerUser).tryConsume(1);
        bucket(byAddress, address, failuresPerAddress).tryConsume(1);
    }

    /** Seconds until the account's code step takes codes again, or 0. */
    public long codeWait(String username) {
        return Buckets.waitFor(bucket(codesByUser, username, codeFailuresPerUser));
    }

    /**
     * A wrong second-factor code: it counts as a failed login of the name and the address, as a
     * wrong password does, and against the account's allowance of wrong codes.
     */
    public void codeFailed(String username, String address) {
        failed(username, address);
        bucket(codesByUser, username, codeFailuresPerUser).tryConsume(1);
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        return Buckets.of(buckets, key, capacity, WINDOW);
    }
}
