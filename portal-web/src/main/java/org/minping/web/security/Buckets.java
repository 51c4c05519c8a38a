package org.minping.web.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;

/** Per-key token buckets kept in this instance's memory, as the throttles use them. */
final class Buckets {

    /** Beyond this many keys the map is emptied: an attacker varying keys cannot exhaust the memory. */
    private static final int MOST_TRACKED = 100_000;

    private Buckets() {
    }

    /** Takes a token: 0 when there was one, else the seconds until there is (at least 1). */
    static long take(Bucket bucket) {
        io.github.bucket4j.ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    }

    /** 0 when the bucket has a token, else the seconds until it has (at least 1); nothing is taken. */
    static long waitFor(Bucket bucket) {
        if (bucket.getAvailableTokens() > 0) {
            return 0;
        }
        return Math.max(1, Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()).toSeconds());
    }

    /** The key's bucket of {@code capacity} tokens refilled over {@code window}, made on first use. */
    static Bucket of(Map<String, Bucket> buckets, String key, int capacity, Duration window) {
        if (buckets.size() > MOST_TRACKED) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key == null ? "" : key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
    }
}
