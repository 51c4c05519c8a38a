package org.minping.web.security;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without handing strangers a way to lock an account. Every failed login
 * takes a token from the user name's bucket and from the client address's bucket. A client address
 * whose bucket is empty waits (429, the password not checked). A user name whose bucket is empty
 * is not locked: each further attempt must carry a fresh proof of work, which the login page's
 * browser solves in about a second, so its owner still signs in while a guesser pays for every
 * guess. Known and unknown user names are treated alike, so neither reveals anything. Buckets live
 * in this instance's memory (a cluster would keep them in the data grid).
 */
public final class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final int failuresPerUser;
    private final int failuresPerAddress;
    private final Map<String, Bucket> byUser = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

    /**
     * @param failuresPerUser failures of one user name in 15 minutes after which attempts need a proof of work
     * @param failuresPerAddress failures from one client address in 15 minutes after which it waits
     */
    public LoginThrottle(int failuresPerUser, int failuresPerAddress) {
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
