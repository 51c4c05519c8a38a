package org.minping.web.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.minping.core.audit.AuditChain;
import org.minping.core.shared.Sha256;
import org.minping.moderation.rules.PersonalData;

/**
 * Redacts the comments already stored with today's rules. Intake redacts what it stores, but a
 * comment stored before the rules learnt a writing (full-width digits, Chinese numerals, landlines)
 * would stay on the public pages as it was, or be published as it was when a moderator approved it.
 * A repeatable migration: Flyway runs it once more whenever {@link PersonalData#RULES_VERSION}
 * changes, in one transaction, on one node. Each changed comment is an audit event carrying
 * digests, never the text.
 */
public class RedactStoredComments implements JavaMigration {

    private static final int BATCH = 1000;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private record Changed(long id, String receipt, String before, String after) {
    }

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "redact stored comments";
    }

    @Override
    public Integer getChecksum() {
        return PersonalData.RULES_VERSION;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        redact(context.getConnection(), Clock.systemUTC());
    }

    /** Redacts every stored comment that still holds personal data; how many it changed. */
    static int redact(Connection connection, Clock clock) throws SQLException {
        int changed = 0;
        long after = 0;
        List<Changed> batch;
        do {
            batch = nextBatch(connection, after);
            for (Changed comment : batch) {
                after = comment.id();
                if (!comment.before().equals(comment.after())) {
                    store(connection, clock, comment);
                    changed++;
                }
            }
        } while (!batch.isEmpty());
        return changed;
    }

    /** The next comments by id, a batch at a time, so that a large table is never read into memory at once. */
    private static List<Changed> nextBatch(Connection connection, long afterId) throws SQLException {
        List<Changed> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, receipt, comment_text FROM appraisal WHERE id > ? AND comment_text IS NOT NULL ORDER BY id LIMIT " + BATCH)) {
            select.setLong(1, afterId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String before = rows.getString(3);
                    batch.add(new Changed(rows.getLong(1), rows.getString(2), before, PersonalData.redact(before).text()));
                }
            }
        }
        return batch;
    }

    private static void store(Connection connection, Clock clock, Changed comment) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE appraisal SET comment_text = ? WHERE id = ?")) {
            update.setString(1, comment.after());
            update.setLong(2, comment.id());
            update.executeUpdate();
        }
        appendAuditEvent(connection, clock, "appraisal:" + comment.receipt(), Map.of("before", Sha256.hex(comment.before()),
                "after", Sha256.hex(comment.after()), "rules", Integer.toString(PersonalData.RULES_VERSION)));
    }

    /** What {@code AuditLog.append} does, on the migration's connection (no container yet). */
    private static void appendAuditEvent(Connection connection, Clock clock, String subject, Map<String, String> data)
            throws SQLException {
        String previous;
        try (PreparedStatement head = connection.prepareStatement("SELECT hash FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet row = head.executeQuery()) {
            row.next();
            previous = row.getString(1);
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String payload = AuditChain.canonicalPayload(TIMESTAMP.format(now), "system", "moderation.redact", subject, data);
        String hash = AuditChain.hash(previous, payload);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_event (occurred_at, actor, action, subject, payload, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, now);
            insert.setString(2, "system");
            insert.setString(3, "moderation.redact");
            insert.setString(4, subject);
            insert.setString(5, payload);
            insert.setString(6, previous);
            insert.setString(7, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement advance = connection.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = 1")) {
            advance.setString(1, hash);
            advance.executeUpdate();
        }
    }
}
