package org.minping.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.inject.Inject;
import org.altcha.altcha.Altcha;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * The self-hosted proof of work (ALTCHA) that anonymous visitors solve before their rating is
 * taken: the browser searches for a number whose hash with the challenge's salt matches, which costs
 * a person a moment and a flood of fake ratings real computing time. Challenges are signed with the
 * installation's secret, expire after ten minutes, and each solution is accepted once.
 *
 * <p>The cost adapts to load. A challenge's largest number starts at minping.pow.max-number
 * (default 300,000: about a second or less in a phone's browser, see docs/BENCHMARKS.md) and grows with the
 * solutions accepted in the current ten minutes, from the asking client's network beyond
 * minping.pow.network-allowance (default 300) and from everyone beyond minping.pow.overall-allowance
 * (default 30,000), up to ten times the base. A flood therefore pays more per rating, first where it
 * comes from, while a rater on a quiet network pays the base. The counts live in this instance's
 * memory, like the rate limits.
 */
@ApplicationScoped
public class ProofOfWork {

    /** The header in which API clients send their solution, as the widget's payload (Base64 JSON). */
    public static final String HEADER = "X-Proof-Of-Work";

    static final Duration VALIDITY = Duration.ofMinutes(10);
    static final int MAX_FACTOR = 10;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    Clock clock;

    private volatile String hmacKey;

    /** The largest number a client has to try when the portal is quiet (minping.pow.max-number). */
    @Inject
    @ConfigProperty(name = "minping.pow.max-number", defaultValue = "300000")
    long baseMaxNumber;

    /** Solutions from one network per window before its cost grows (minping.pow.network-allowance). */
    @Inject
    @ConfigProperty(name = "minping.pow.network-allowance", defaultValue = "300")
    int networkAllowance;

    /** Solutions from everyone per window before the cost grows for all (minping.pow.overall-allowance). */
    @Inject
    @ConfigProperty(name = "minping.pow.overall-allowance", defaultValue = "30000")
    int overallAllowance;
    private final Map<String, AtomicInteger> solvedByNetwork = new ConcurrentHashMap<>();
    private final AtomicInteger solvedOverall = new AtomicInteger();
    private volatile long windowStart = -1;

    public ProofOfWork() {
    }

    /** For tests: a fixed signing key, difficulty, allowances and clock; no database, no configuration. */
    ProofOfWork(String hmacKey, long maxNumber, int networkAllowance, int overallAllowance, Clock clock) {
        this.hmacKey = hmacKey;
        this.baseMaxNumber = maxNumber;
        this.networkAllowance = networkAllowance;
        this.overallAllowance = overallAllowance;
        this.clock = clock;
    }

    /**
     * The largest number a client on this network may have to try now: the base, times how far the
     * network's or everyone's solutions in this window passed their allowance, at most ten times.
     */
    long maxNumberFor(String clientAddress) {
        rollWindow();
        AtomicInteger network = solvedByNetwork.get(IntakeThrottle.networkOf(clientAddress));
        double load = Math.max(network == null ? 0 : (double) network.get() / Math.max(1, networkAllowance),
                (double) solvedOverall.get() / Math.max(1, overallAllowance));
        return Math.round(baseMaxNumber * Math.min(MAX_FACTOR, Math.max(1.0, load)));
    }

    /** A new challenge for a client at this address, as the ALTCHA widget reads it. */
    public JSONObject challenge(String clientAddress) {
        try {
            Altcha.ChallengeOptions options = new Altcha.ChallengeOptions()
                    .setMaxNumber(maxNumberFor(clientAddress))
                    .setSecureRandomNumber(true)
                    .setExpires(clock.instant().plus(VALIDITY).getEpochSecond())
                    .setHmacKey(hmacKey());
            Altcha.Challenge challenge = Altcha.createChallenge(options);
            return new JSONObject().put("algorithm", challenge.algorithm).put("challenge", challenge.challenge)
                    .put("maxnumber", challenge.maxnumber).put("salt", challenge.salt).put("signature", challenge.signature);
        } catch (Exception e) {
            throw new IllegalStateException("could not create a proof-of-work challenge", e);
        }
    }

    /**
     * Whether the widget's payload (Base64 JSON) solves one of our challenges, in time, for the
     * first time. A used solution is remembered until its challenge expires; an accepted one
     * counts towards the load of the client's network.
     */
    @Transactional
    public boolean accept(String payload, String clientAddress) {
        if (!verify(payload) || !firstUse(payload)) {
            return false;
        }
        recordSolved(clientAddress);
        return true;
    }

    /** Counts a solution towards the load of the client's network and of everyone. */
    void recordSolved(String clientAddress) {
        rollWindow();
        solvedByNetwork.computeIfAbsent(IntakeThrottle.networkOf(clientAddress), network -> new AtomicInteger()).incrementAndGet();
        solvedOverall.incrementAndGet();
    }

    /** Starts a new counting window when the current one is over; the counts start again from zero. */
    private void rollWindow() {
        long window = clock.millis() / VALIDITY.toMillis();
        if (window != windowStart) {
            synchronized (this) {
                if (window != windowStart) {
                    solvedByNetwork.clear();
                    solvedOverall.set(0);
                    windowStart = window;
                }
            }
        }
    }

    /** Remembers the solution until its challenge expires; false when it was used before. */
    private boolean firstUse(String payload) {
        try {
            String signature = new JSONObject(new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8))
                    .getString("signature");
            LocalDateTime now = LocalDateTime.now(clock);
            em.createNativeQuery("DELETE FROM pow_solution WHERE expires_at < ?").setParameter(1, now).executeUpdate();
            int stored = em.createNativeQuery("INSERT IGNORE INTO pow_solution (signature, expires_at) VALUES (?, ?)")
                    .setParameter(1, signature).setParameter(2, now.plus(VALIDITY)).executeUpdate();
            return stored == 1;
        } catch (IllegalArgumentException | JSONException e) {
            return false;
        }
    }

    /** Whether the payload solves a challenge this portal signed, before the challenge expired. */
    boolean verify(String payload) {
        if (payload == null || payload.isBlank() || payload.length() > 4096) {
            return false;
        }
        try {
            return Altcha.verifySolution(payload, hmacKey(), true);
        } catch (Exception e) {
            // verifySolution declares Exception; a malformed payload is a failed check, nothing more.
            return false;
        }
    }

    private String hmacKey() {
        String key = hmacKey;
        if (key == null) {
            List<?> rows = em.createNativeQuery("SELECT secret FROM server_secret WHERE name = 'proof-of-work'").getResultList();
            if (rows.isEmpty()) {
                throw new IllegalStateException("the proof-of-work secret is missing from server_secret (migration V17)");
            }
            key = HexFormat.of().formatHex((byte[]) rows.get(0));
            hmacKey = key;
        }
        return key;
    }
}
