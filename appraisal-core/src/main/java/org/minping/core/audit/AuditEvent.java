package org.minping.core.audit;

import java.time.LocalDateTime;

/** One stored event of the chain, as read back for verification and display. */
public record AuditEvent(long seq, LocalDateTime occurredAtUtc, String actor, String action, String subject,
                         String payload, String previousHash, String hash) {
}
