package org.minping.moderation.bomb;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.minping.core.appraisal.RaterLevel;

/**
 * Seeded rating streams for the detection tests and the brigade simulation: genuine raters of an
 * agency (mostly their own networks and devices, some behind a few busy shared networks such as a
 * mobile carrier's, 60% anonymous, 25% registered, 15% verified, all rating alike) and brigades.
 */
final class RatingStreams {

    static final LocalDateTime END = LocalDateTime.of(2026, 11, 26, 12, 0);
    /** Genuine raters' share behind one of the busy shared networks. */
    private static final double SHARED_NETWORK_SHARE = 0.3;
    private static final int SHARED_NETWORKS = 3;

    private final Random random;
    private final String name;
    private long nextId;

    RatingStreams(long seed, String name, long firstId) {
        this.random = new Random(seed);
        this.name = name;
        this.nextId = firstId;
    }

    /** Genuine ratings over the days before END, arriving at random times, levels drawn from the shares of levels 1..5. */
    List<Arrival> genuine(int days, int perDay, double[] levelShares) {
        List<Arrival> arrivals = new ArrayList<>();
        long seconds = days * 86_400L;
        for (int i = 0; i < days * perDay; i++) {
            LocalDateTime at = END.minusSeconds((long) (random.nextDouble() * seconds));
            double r = random.nextDouble();
            RaterLevel raterLevel = r < 0.6 ? RaterLevel.ANONYMOUS : r < 0.85 ? RaterLevel.REGISTERED : RaterLevel.VERIFIED;
            String network = random.nextDouble() < SHARED_NETWORK_SHARE
                    ? name + "-carrier-" + random.nextInt(SHARED_NETWORKS) : name + "-home-" + random.nextInt(1_000_000);
            arrivals.add(new Arrival(nextId, at, draw(levelShares), raterLevel, network, name + "-rater-" + nextId));
            nextId++;
        }
        return arrivals;
    }

    /** Anonymous ratings at one level from the given number of networks, spread evenly over [from, to). */
    List<Arrival> brigade(int count, int level, int networks, LocalDateTime from, LocalDateTime to) {
        List<Arrival> arrivals = new ArrayList<>();
        long span = java.time.Duration.between(from, to).toSeconds();
        for (int i = 0; i < count; i++) {
            LocalDateTime at = from.plusSeconds(span * i / count + random.nextInt((int) Math.max(1, span / count)));
            arrivals.add(new Arrival(nextId, at, level, RaterLevel.ANONYMOUS, name + "-brigade-" + (i % networks),
                    name + "-bot-" + nextId));
            nextId++;
        }
        return arrivals;
    }

    private int draw(double[] levelShares) {
        double r = random.nextDouble();
        for (int level = 1; level <= 5; level++) {
            r -= levelShares[level - 1];
            if (r < 0) {
                return level;
            }
        }
        return 5;
    }
}
