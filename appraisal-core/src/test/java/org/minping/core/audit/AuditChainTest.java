package org.minping.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEvent> chain(int length) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            String payload = AuditChain.canonicalPayload("2026-11-26T10:00:0" + i + ".000000Z", "admin", "scoring.run",
                    "cycle:2026/run:" + i, Map.of("outputDigest", "d" + i));
            String hash = AuditChain.hash(previous, payload);
            events.add(new AuditEvent(i, null, "admin", "scoring.run", "cycle:2026/run:" + i, payload, previous, hash));
            previous = hash;
        }
        return events;
    }

    @Test
    void theCanonicalPayloadSortsKeysAndEscapesText() {
        String payload = AuditChain.canonicalPayload("2026-11-26T10:00:00.000000Z", "ad\"min", "a", "s",
                Map.of("z", "1", "a", "line\nbreak"));
        assertEquals("{\"action\":\"a\",\"actor\":\"ad\\\"min\",\"data\":{\"a\":\"line\\nbreak\",\"z\":\"1\"},"
                + "\"occurredAt\":\"2026-11-26T10:00:00.000000Z\",\"subject\":\"s\"}", payload);
    }

    @Test
    void theHashCoversThePreviousHashAndThePayload() {
        String a = AuditChain.hash(AuditChain.GENESIS, "{}");
        assertEquals(64, a.length());
        assertTrue(!a.equals(AuditChain.hash("1".repeat(64), "{}")));
        assertTrue(!a.equals(AuditChain.hash(AuditChain.GENESIS, "{ }")));
    }

    @Test
    void anUntouchedChainIsIntact() {
        assertTrue(AuditChain.verify(chain(5)).isEmpty());
        assertTrue(AuditChain.verify(List.of()).isEmpty());
    }

    @Test
    void aChangedEventIsNamed() {
        List<AuditEvent> events = chain(5);
        AuditEvent third = events.get(2);
        events.set(2, new AuditEvent(third.seq(), null, third.actor(), third.action(), third.subject(),
                third.payload().replace("d3", "forged"), third.previousHash(), third.hash()));
        AuditChain.BrokenLink broken = AuditChain.verify(events).orElseThrow();
        assertEquals(3, broken.seq());
        assertTrue(broken.reason().contains("changed"));
        assertEquals(AuditChain.BrokenLink.CHANGED, broken.code());
    }

    @Test
    void aRemovedEventBreaksTheNextLink() {
        List<AuditEvent> events = chain(5);
        events.remove(1);
        assertEquals(3, AuditChain.verify(events).orElseThrow().seq());
    }

    @Test
    void aChangedEventWithARecomputedHashStillBreaksTheNextLink() {
        List<AuditEvent> events = chain(4);
        AuditEvent second = events.get(1);
        String forged = second.payload().replace("d2", "forged");
        events.set(1, new AuditEvent(2, null, "admin", "scoring.run", second.subject(), forged, second.previousHash(),
                AuditChain.hash(second.previousHash(), forged)));
        assertEquals(3, AuditChain.verify(events).orElseThrow().seq());
    }
}
