package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The proof of work's own checks, with a fixed clock: solved, expired, tampered, foreign, malformed. */
class ProofOfWorkTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void aSolvedFreshChallengeIsAccepted() throws Exception {
        ProofOfWork pow = new ProofOfWork(KEY, 50_000, 300, 30_000, Clock.systemUTC());
        assertTrue(pow.verify(solve(pow.challenge("192.0.2.1"))));
    }

    @Test
    void aChallengeIssuedElevenMinutesAgoHasExpired() throws Exception {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(11)), ZoneOffset.UTC);
        ProofOfWork issuedThen = new ProofOfWork(KEY, 50_000, 300, 30_000, past);
        assertFalse(issuedThen.verify(solve(issuedThen.challenge("192.0.2.1"))), "expired ten minutes after issue");
    }

    @Test
    void aWrongNumberAnotherKeyOrGarbageIsRefused() throws Exception {
        ProofOfWork pow = new ProofOfWork(KEY, 50_000, 300, 30_000, Clock.systemUTC());
        JSONObject solved = new JSONObject(new String(Base64.getDecoder().decode(solve(pow.challenge("192.0.2.1"))), StandardCharsets.UTF_8));
        solved.put("number", solved.getLong("number") + 1);
        assertFalse(pow.verify(Base64.getEncoder().encodeToString(solved.toString().getBytes(StandardCharsets.UTF_8))));
        ProofOfWork foreign = new ProofOfWork("another key entirely, not ours", 50_000, 300, 30_000, Clock.systemUTC());
        assertFalse(pow.verify(solve(foreign.challenge("192.0.2.1"))), "signed by someone else");
        assertFalse(pow.verify("not base64 at all!"));
        assertFalse(pow.verify(Base64.getEncoder().encodeToString("{\"number\":1}".getBytes(StandardCharsets.UTF_8))));
        assertFalse(pow.verify(null));
    }

    @Test
    void theCostGrowsWithANetworksSolutionsUpToTenTimesAndOnlyForThatNetwork() {
        ProofOfWork pow = new ProofOfWork(KEY, 1_000, 2, 1_000, Clock.systemUTC());
        assertEquals(1_000, pow.maxNumberFor("198.51.100.7"), "a quiet network pays the base");
        for (int i = 0; i < 6; i++) {
            assertTrue(pow.verify(solve(pow.challenge("198.51.100." + i))));
            pow.recordSolved("198.51.100." + i);
        }
        assertEquals(3_000, pow.maxNumberFor("198.51.100.200"), "six solutions on an allowance of two: three times");
        assertEquals(3_000, pow.challenge("198.51.100.9").getLong("maxnumber"), "and the challenge says so");
        assertEquals(1_000, pow.maxNumberFor("203.0.113.5"), "another network still pays the base");
        for (int i = 0; i < 30; i++) {
            pow.recordSolved("198.51.100.1");
        }
        assertEquals(10_000, pow.maxNumberFor("198.51.100.1"), "never more than ten times the base");
    }

    @Test
    void everyonesSolutionsBeyondTheOverallAllowanceRaiseTheCostForAll() {
        ProofOfWork pow = new ProofOfWork(KEY, 1_000, 1_000, 4, Clock.systemUTC());
        for (int i = 0; i < 8; i++) {
            String address = "192.0." + i + ".1";
            pow.recordSolved(address);
        }
        assertEquals(2_000, pow.maxNumberFor("203.0.113.5"), "eight on an overall allowance of four: twice, for a newcomer too");
    }

    private static String solve(JSONObject challenge) {
        return org.minping.web.it.ApiRater.solve(challenge);
    }
}
