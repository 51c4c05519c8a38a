package org.minping.web.security;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: every failed login takes a token from the user name's bucket and from
 * the client address's bucket; while either is empty, logins are refused without checking the
 * password. Known and unknown user names are throttled alike, so throttling reveals nothing.
 * Buckets live in this instance's memory (a cluster would keep them in the data grid).
 */
public final class LoginThrottle {

    static final int FAILURES_PER_USER = 5;
    static final int FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Bucket> byUser = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

    /** Seconds to wait before the next attempt, or 0 when an attempt may be made now. */
    public long secondsToWait(String username, String address) {
        long user = Buckets.waitFor(bucket(byUser, key(username), FAILURES_PER_USER));
        long client = Buckets.waitFor(bucket(byAddress, address, FAILURES_PER_ADDRESS));
        return Math.max(user, client);
    }

    public void failed(String username, String address) {
        bucket(byUser, key(username), FAILURES_PER_USER).tryConsume(1);
        bucket(byAddress, address, FAILURES_PER_ADDRESS).tryConsume(1);
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        return Buckets.of(buckets, key, capacity, WINDOW);
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
