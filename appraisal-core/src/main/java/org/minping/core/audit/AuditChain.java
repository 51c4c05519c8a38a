package org.minping.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules of the chain, pure: how an event's payload is made canonical, how its hash is
 * computed, and how a sequence of events is verified.
 */
public final class AuditChain {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * Canonical payload: the event's fields and data as JSON with sorted keys and no spaces, so that
     * the same event always hashes the same.
     */
    public static String canonicalPayload(String occurredAtUtc, String actor, String action, String subject,
                                          Map<String, String> data) {
        StringBuilder json = new StringBuilder("{");
        json.append(quote("action")).append(':').append(quote(action)).append(',');
        json.append(quote("actor")).append(':').append(quote(actor)).append(',');
        json.append(quote("data")).append(":{");
        boolean first = true;
        for (Map.Entry<String, String> entry : new TreeMap<>(data).entrySet()) {
            if (!first) {
                json.append(',');
            }
            json.append(quote(entry.getKey())).append(':').append(quote(entry.getValue()));
            first = false;
        }
        json.append("},");
        json.append(quote("occurredAt")).append(':').append(quote(occurredAtUtc)).append(',');
        json.append(quote("subject")).append(':').append(quote(subject)).append('}');
        return json.toString();
    }

    /** SHA-256 over the previous hash, a line break, and the canonical payload. */
    public static String hash(String previousHash, String canonicalPayload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonicalPayload.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /**
     * Recomputes the chain in sequence order.
     *
     * @return the first broken link, or empty when every event is intact and linked
     */
    public static Optional<BrokenLink> verify(List<AuditEvent> events) {
        String previous = GENESIS;
        for (AuditEvent event : events) {
            if (!event.previousHash().equals(previous)) {
                return Optional.of(new BrokenLink(event.seq(), BrokenLink.UNLINKED, "its previous hash does not match the event before it"
                        + " (an event was removed, inserted or reordered)"));
            }
            if (!hash(event.previousHash(), event.payload()).equals(event.hash())) {
                return Optional.of(new BrokenLink(event.seq(), BrokenLink.CHANGED, "its content no longer matches its hash (it was changed)"));
            }
            previous = event.hash();
        }
        return Optional.empty();
    }

    /** Where the chain breaks, why as a code for pages ({@link #UNLINKED}, {@link #CHANGED}) and in English words. */
    public record BrokenLink(long seq, String code, String reason) {
        /** An event was removed, inserted or reordered before this one. */
        public static final String UNLINKED = "unlinked";
        /** This event's content was changed after it was written. */
        public static final String CHANGED = "changed";
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
