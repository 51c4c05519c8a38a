package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The proof of work's own checks, with a fixed clock: solved, expired, tampered, foreign, malformed. */
class ProofOfWorkTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void aSolvedFreshChallengeIsAccepted() throws Exception {
        ProofOfWork pow = new ProofOfWork(KEY, 50_000, Clock.systemUTC());
        assertTrue(pow.verify(solve(pow.challenge())));
    }

    @Test
    void aChallengeIssuedElevenMinutesAgoHasExpired() throws Exception {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(11)), ZoneOffset.UTC);
        ProofOfWork issuedThen = new ProofOfWork(KEY, 50_000, past);
        assertFalse(issuedThen.verify(solve(issuedThen.challenge())), "expired ten minutes after issue");
    }

    @Test
    void aWrongNumberAnotherKeyOrGarbageIsRefused() throws Exception {
        ProofOfWork pow = new ProofOfWork(KEY, 50_000, Clock.systemUTC());
        JSONObject solved = new JSONObject(new String(Base64.getDecoder().decode(solve(pow.challenge())), StandardCharsets.UTF_8));
        solved.put("number", solved.getLong("number") + 1);
        assertFalse(pow.verify(Base64.getEncoder().encodeToString(solved.toString().getBytes(StandardCharsets.UTF_8))));
        ProofOfWork foreign = new ProofOfWork("another key entirely, not ours", 50_000, Clock.systemUTC());
        assertFalse(pow.verify(solve(foreign.challenge())), "signed by someone else");
        assertFalse(pow.verify("not base64 at all!"));
        assertFalse(pow.verify(Base64.getEncoder().encodeToString("{\"number\":1}".getBytes(StandardCharsets.UTF_8))));
        assertFalse(pow.verify(null));
    }

    /** What the browser widget does: find the number whose SHA-256 with the salt is the challenge. */
    private static String solve(JSONObject challenge) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        String salt = challenge.getString("salt");
        for (long number = 0; number <= challenge.getLong("maxnumber"); number++) {
            String hash = HexFormat.of().formatHex(sha256.digest((salt + number).getBytes(StandardCharsets.UTF_8)));
            if (hash.equals(challenge.getString("challenge"))) {
                JSONObject payload = new JSONObject().put("algorithm", challenge.getString("algorithm"))
                        .put("challenge", challenge.getString("challenge")).put("number", number)
                        .put("salt", salt).put("signature", challenge.getString("signature"));
                return Base64.getEncoder().encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        throw new AssertionError("no solution up to maxnumber");
    }
}
