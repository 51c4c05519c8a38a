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

    /** Failures of one user name in 15 minutes after which attempts need a proof of work. */
    @Inject
    @ConfigProperty(name = "minping.login.failures-per-user", defaultValue = "5")
    int failuresPerUser;

    /** Failures from one client address in 15 minutes after which it waits. */
    @Inject
    @ConfigProperty(name = "minping.login.failures-per-address", defaultValue = "20")
    int failuresPerAddress;

    public LoginThrottle() {
    }

    LoginThrottle(int failuresPerUser, int failuresPerAddress) {
        this.failuresPerUser = failuresPerUser;
        this.failuresPerAddress = failuresPerAddress;
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

    private static Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        return Buckets.of(buckets, key, capacity, WINDOW);
    }
}
