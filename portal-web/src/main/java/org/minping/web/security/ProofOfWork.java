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
import jakarta.inject.Inject;
import org.altcha.altcha.Altcha;
import org.eclipse.microprofile.config.ConfigProvider;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * The self-hosted proof of work (ALTCHA) that anonymous visitors solve before their rating is
 * taken: the browser searches for a number whose hash with the challenge's salt matches, which costs
 * a person a moment and a flood of fake ratings real computing time. Challenges are signed with the
 * installation's secret, expire after ten minutes, and each solution is accepted once.
 */
@ApplicationScoped
public class ProofOfWork {

    static final Duration VALIDITY = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    Clock clock;

    private volatile String hmacKey;
    private Long maxNumber;

    public ProofOfWork() {
    }

    /** For tests: a fixed signing key, difficulty and clock; no database, no configuration. */
    ProofOfWork(String hmacKey, long maxNumber, Clock clock) {
        this.hmacKey = hmacKey;
        this.maxNumber = maxNumber;
        this.clock = clock;
    }

    /** The largest number a browser may have to try (minping.pow.max-number, default 50,000: a moment on a phone). */
    private long maxNumber() {
        if (maxNumber == null) {
            maxNumber = (long) ConfigProvider.getConfig().getOptionalValue("minping.pow.max-number", Integer.class).orElse(50_000);
        }
        return maxNumber;
    }

    /** A new challenge, as the ALTCHA widget reads it. */
    public JSONObject challenge() {
        try {
            Altcha.ChallengeOptions options = new Altcha.ChallengeOptions()
                    .setMaxNumber(maxNumber())
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
     * first time. A used solution is remembered until its challenge expires.
     */
    @Transactional
    public boolean accept(String payload) {
        if (!verify(payload)) {
            return false;
        }
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
