package org.minping.core.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.audit.AuditLog;
import org.minping.core.cycle.CycleRepository;
import org.minping.core.cycle.EvaluationCycle;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * The batches of feedback reports and their files: started by the office (audited), counted file by
 * file as they are written (the progress any node can read), finished or failed. Callers check that
 * the user may generate reports (cycle:manage) before starting a batch.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedbackReportBatches {

    /** PDF and XLSX of every report. */
    public static final List<String> FORMATS = List.of("PDF", "XLSX");

    /** A batch left running longer than this was lost with its node, and another may start. */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(30);

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    CycleRepository cycles;

    @Inject
    FeedbackReportService reports;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    /** A batch as the pages show it. */
    public record Batch(long id, String cycleCode, String language, String requestedBy, LocalDateTime requestedAt,
                        int totalFiles, int doneFiles, String state, LocalDateTime finishedAt) {
        public int percent() {
            return totalFiles == 0 ? 100 : doneFiles * 100 / totalFiles;
        }

        public boolean isRunning() {
            return "RUNNING".equals(state);
        }
    }

    /** A written file: an agency's report (agency set) or a track's. */
    public record ReportFile(long id, long batchId, String cycleCode, String agencyCode, Localized agencyName, String trackCode,
                             Localized trackName, String format, String fileName, long bytes, String sha256) {
        /**
         * The name a download is offered under: cycle, agency or track, and the format's extension, in
         * letters, digits, dots and dashes only, so that it goes into a header as it is.
         */
        public String downloadName() {
            String name = "feedback-" + cycleCode + "-" + (agencyCode == null ? trackCode : agencyCode);
            return name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A started batch and what it is to write. */
    public record Started(long batchId, FeedbackReportService.Coverage coverage) {
    }

    /**
     * Starts a batch of the cycle's published run in the given language ({@code zh} or {@code en}).
     * One batch of a cycle runs at a time: the cycle's row is locked while this is checked, so two
     * offices clicking at once start one batch and the other is told.
     */
    @Transactional
    public Started start(String cycleCode, String language, String actor) {
        if (!"zh".equals(language) && !"en".equals(language)) {
            throw new InvalidInputException(List.of(new FieldError("language", "reports.language", "write the reports in zh or en")));
        }
        EvaluationCycle cycle = cycles.lockByCode(cycleCode);
        if (cycle.publishedRunId().isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("cycle", "reports.notPublished",
                    "cycle " + cycleCode + " has no published result to report", cycleCode)));
        }
        LocalDateTime now = time.now();
        em.createNativeQuery("UPDATE feedback_report_batch SET state = 'FAILED', failure = 'abandoned', finished_at = ? "
                        + "WHERE cycle_id = ? AND state = 'RUNNING' AND requested_at < ?")
                .setParameter(1, now).setParameter(2, cycle.id()).setParameter(3, now.minus(ABANDONED_AFTER)).executeUpdate();
        if (!NativeSql.query(em, "SELECT id FROM feedback_report_batch WHERE cycle_id = ? AND state = 'RUNNING'", cycle.id()).isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("cycle", "reports.running",
                    "the reports of cycle " + cycleCode + " are being generated", cycleCode)));
        }
        FeedbackReportService.Coverage coverage = reports.coverage(cycleCode);
        long runId = coverage.cycle().runId();
        em.createNativeQuery("""
                INSERT INTO feedback_report_batch (cycle_id, run_id, language, requested_by, requested_at, total_files, state)
                VALUES (?, ?, ?, ?, ?, ?, 'RUNNING')""")
                .setParameter(1, cycle.id()).setParameter(2, runId).setParameter(3, language).setParameter(4, actor)
                .setParameter(5, now).setParameter(6, coverage.files(FORMATS.size())).executeUpdate();
        long batchId = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("run", Long.toString(runId));
        data.put("language", language);
        data.put("agencies", Integer.toString(coverage.agencyCodes().size()));
        data.put("tracks", Integer.toString(coverage.trackCodes().size()));
        audit.append(actor, "reports.generate", "cycle:" + cycleCode + "/batch:" + batchId, data);
        return new Started(batchId, coverage);
    }

    /** Records a written file of a running batch and counts it; {@code agencyCode} null for a track's report. */
    @Transactional
    public void recordFile(long batchId, String agencyCode, String trackCode, String format, String fileName, long bytes, String sha256) {
        em.createNativeQuery("""
                INSERT INTO feedback_report (batch_id, agency_id, track_code, format, file_name, bytes, sha256)
                VALUES (?, (SELECT id FROM agency WHERE code = ?), ?, ?, ?, ?, ?)""")
                .setParameter(1, batchId).setParameter(2, agencyCode).setParameter(3, trackCode).setParameter(4, format)
                .setParameter(5, fileName).setParameter(6, bytes).setParameter(7, sha256).executeUpdate();
        em.createNativeQuery("UPDATE feedback_report_batch SET done_files = done_files + 1 WHERE id = ?")
                .setParameter(1, batchId).executeUpdate();
    }

    /** Marks a batch done (audited, with the number of files). */
    @Transactional
    public void finish(long batchId) {
        em.createNativeQuery("UPDATE feedback_report_batch SET state = 'DONE', finished_at = ? WHERE id = ? AND state = 'RUNNING'")
                .setParameter(1, time.now()).setParameter(2, batchId).executeUpdate();
        Batch batch = batch(batchId).orElseThrow();
        audit.append("system", "reports.generated", "cycle:" + batch.cycleCode() + "/batch:" + batchId,
                Map.of("files", Integer.toString(batch.doneFiles())));
    }

    /** Marks a batch failed with a short reason for the office (audited). */
    @Transactional
    public void fail(long batchId, String reason) {
        String shortReason = reason == null ? "" : reason.substring(0, Math.min(reason.length(), 255));
        em.createNativeQuery("UPDATE feedback_report_batch SET state = 'FAILED', failure = ?, finished_at = ? WHERE id = ?")
                .setParameter(1, shortReason).setParameter(2, time.now()).setParameter(3, batchId).executeUpdate();
        audit.append("system", "reports.failed", "batch:" + batchId, Map.of("reason", shortReason));
    }

    public Optional<Batch> batch(long batchId) {
        return batches("b.id = ?", batchId).stream().findFirst();
    }

    /** A cycle's batches, newest first. */
    public List<Batch> batches(String cycleCode) {
        return batches("c.code = ?", cycleCode);
    }

    /** The files of a batch: tracks first, then agencies in the ranking's order, PDF before XLSX. */
    public List<ReportFile> files(long batchId) {
        return files("f.batch_id = ?", batchId);
    }

    /**
     * An agency's own reports: its files of the newest finished batch of each published cycle, for its
     * staff. Reports of other agencies and of tracks are not theirs to read.
     */
    public List<ReportFile> agencyFiles(String agencyCode) {
        return files("""
                a.code = ? AND f.batch_id = (SELECT MAX(n.id) FROM feedback_report_batch n
                                             WHERE n.cycle_id = b.cycle_id AND n.state = 'DONE')""", agencyCode);
    }

    /**
     * A file for a reader: any file of a finished batch for the office, an agency's own file for its staff
     * ({@code staffAgencyCode}); empty for everyone else, as for a file that does not exist.
     */
    public Optional<ReportFile> readable(long reportId, boolean office, String staffAgencyCode) {
        Optional<ReportFile> file = files("f.id = ?", reportId).stream().findFirst();
        if (office) {
            return file;
        }
        return file.filter(f -> f.agencyCode() != null && f.agencyCode().equals(staffAgencyCode))
                .filter(f -> agencyFiles(staffAgencyCode).stream().anyMatch(own -> own.id() == f.id()));
    }

    private List<Batch> batches(String where, Object parameter) {
        return NativeSql.query(em, """
                SELECT b.id, c.code, b.language, b.requested_by, b.requested_at, b.total_files, b.done_files, b.state, b.finished_at
                FROM feedback_report_batch b JOIN evaluation_cycle c ON c.id = b.cycle_id"""
                + " WHERE " + where + " ORDER BY b.id DESC", parameter).stream()
                .map(row -> new Batch(row.longValue(0), row.string(1), row.string(2), row.string(3), row.dateTime(4),
                        row.intValue(5), row.intValue(6), row.string(7), row.isNull(8) ? null : row.dateTime(8)))
                .toList();
    }

    private List<ReportFile> files(String where, Object parameter) {
        return NativeSql.query(em, """
                SELECT f.id, f.batch_id, c.code, a.code, a.name_zh, a.name_en, f.track_code, t.name_zh, t.name_en, f.format, f.file_name,
                       f.bytes, f.sha256
                FROM feedback_report f JOIN feedback_report_batch b ON b.id = f.batch_id
                JOIN evaluation_cycle c ON c.id = b.cycle_id LEFT JOIN agency a ON a.id = f.agency_id
                LEFT JOIN pilot_track t ON t.code = f.track_code"""
                + " WHERE " + where + " ORDER BY f.batch_id DESC, a.id IS NOT NULL, f.id", parameter).stream()
                .map(FeedbackReportBatches::file).toList();
    }

    private static ReportFile file(Row row) {
        return new ReportFile(row.longValue(0), row.longValue(1), row.string(2), row.string(3),
                row.isNull(3) ? null : new Localized(row.string(4), row.string(5)), row.string(6),
                row.isNull(7) ? new Localized(row.string(6), row.string(6)) : new Localized(row.string(7), row.string(8)),
                row.string(9), row.string(10), row.longValue(11), row.string(12));
    }
}
