package org.minping.core.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.minping.core.audit.AuditLog;
import org.minping.core.cycle.SourceWeightService;
import org.minping.core.scoring.Source;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.LeafScoreCsv;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * Third-party score sheets: an evaluator organisation uploads a per-indicator sheet (CSV, header
 * {@code agency,indicator,score}) for a cycle; every problem is reported by row and column and
 * nothing is stored until the whole sheet is right; each upload is a new version; a sheet stays
 * PENDING until someone other than its uploader accepts or returns it; only the latest accepted
 * version reaches scoring. Every step is audited. Callers check the permissions.
 */
@ApplicationScoped
public class ScoreSheetService {

    static final int MAX_ROWS = 100_000;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    EvaluatorService evaluators;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    /** A sheet as its organisation and moderators see it. */
    public record Sheet(long id, String orgCode, String cycleCode, int version, String status, String fileName,
                        String uploadedBy, LocalDateTime uploadedAt, String returnReason, int rows, boolean hasReport) {
    }

    /**
     * Validates and stores a sheet as the next version, PENDING, with its report when one is given
     * (already stored under its generated name): both or neither.
     *
     * @param report the PDF report, or null
     * @throws InvalidInputException every wrong row and column, or an organisation not ready to assess
     */
    @Transactional
    public Sheet upload(String orgCode, String cycleCode, String fileName, String sha256, Reader csv, Report report, String actor)
            throws IOException {
        long org = id("SELECT id, id FROM evaluator_org WHERE code = ?", orgCode, "code", "evaluator.unknown", "no organisation " + orgCode);
        long cycle = id("SELECT id, id FROM evaluation_cycle WHERE code = ?", cycleCode, "cycle", "cycle.unknown", "no cycle " + cycleCode);
        Set<String> ready = evaluators.assessableAgencies(orgCode, cycleCode);
        Map<String, Long> agencyIds = new HashMap<>();
        Map<String, Map<String, Long>> leaves = new HashMap<>();
        Map<String, Set<String>> required = new HashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT a.code, a.id, i.code, i.id, """ + SourceWeightService.effectiveWeight("?", Source.THIRD_PARTY) + """
                FROM agency a JOIN cycle_agency_system b ON b.agency_id = a.id AND b.cycle_id = ?
                JOIN indicator i ON i.system_id = b.system_id
                WHERE NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id)""", cycle, cycle, cycle)) {
            String agency = row.string(0);
            agencyIds.put(agency, row.longValue(1));
            leaves.computeIfAbsent(agency, a -> new HashMap<>()).put(row.string(2), row.longValue(3));
            if (row.doubleValue(4) > 0) {
                required.computeIfAbsent(agency, a -> new TreeSet<>()).add(row.string(2));
            }
        }
        List<FieldError> errors = new ArrayList<>();
        List<LeafScoreCsv.Row> valid = LeafScoreCsv.read(csv, new LeafScoreCsv.Rules(List.of(List.of("agency", "indicator", "score")),
                agencyIds, leaves, agency -> ready.contains(agency) ? null : "the organisation may not assess " + agency + " in "
                        + cycleCode + " (not assigned, no declaration, or a conflict of interest)",
                LeafScoreCsv::scoreColumn, MAX_ROWS), errors);
        Map<String, Set<String>> given = new HashMap<>();
        valid.forEach(row -> given.computeIfAbsent(row.agency(), a -> new HashSet<>()).add(row.indicator()));
        List<Object[]> rows = valid.stream().map(row -> new Object[] {row.agencyId(), row.indicatorId(), row.score()}).toList();
        given.forEach((agency, indicators) -> {
            Set<String> missing = new TreeSet<>(required.getOrDefault(agency, Set.of()));
            missing.removeAll(indicators);
            if (!missing.isEmpty()) {
                errors.add(new FieldError("file", "csv.missing", agency + ": missing required indicators " + String.join(", ", missing),
                        agency, String.join(", ", missing)));
            }
        });
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new FieldError("file", "csv.empty", "the sheet has no rows"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int version = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM score_sheet WHERE org_id = ? AND cycle_id = ?")
                .setParameter(1, org).setParameter(2, cycle).getSingleResult()).intValue();
        em.createNativeQuery("""
                INSERT INTO score_sheet (org_id, cycle_id, version, status, file_name, file_sha256, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, 'PENDING', ?, ?, ?, ?)""")
                .setParameter(1, org).setParameter(2, cycle).setParameter(3, version).setParameter(4, fileName)
                .setParameter(5, sha256).setParameter(6, actor).setParameter(7, time.now()).executeUpdate();
        long sheetId = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        List<Object[]> stored = rows.stream().map(r -> new Object[] {sheetId, r[0], r[1], r[2]}).toList();
        NativeSql.insertRows(em, "score_sheet_row", List.of("sheet_id", "agency_id", "indicator_id", "score"), stored);
        audit.append(actor, "assessment.upload", "evaluator:" + orgCode + "/sheet:" + sheetId,
                Map.of("cycle", cycleCode, "version", Integer.toString(version), "sha256", sha256, "rows", Integer.toString(rows.size())));
        if (report != null) {
            em.createNativeQuery("UPDATE score_sheet SET report_file = ?, report_name = ?, report_sha256 = ? WHERE id = ?")
                    .setParameter(1, report.file()).setParameter(2, report.name()).setParameter(3, report.sha256())
                    .setParameter(4, sheetId).executeUpdate();
            audit.append(actor, "assessment.report", "evaluator:" + orgCode + "/sheet:" + sheetId, Map.of("sha256", report.sha256()));
        }
        return sheets("WHERE s.id = ?", sheetId).get(0);
    }

    /** One line of a sheet's template: what to score, named in both languages. */
    public record TemplateLine(String agencyCode, String indicatorCode, String agencyName, String indicatorName) {
    }

    /**
     * The template of the organisation's sheet for a cycle: every agency it may assess there, with
     * every leaf indicator that has third-party weight, scores left blank to fill in.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TemplateLine> template(String orgCode, String cycleCode) {
        Set<String> ready = evaluators.assessableAgencies(orgCode, cycleCode);
        if (ready.isEmpty()) {
            return List.of();
        }
        List<TemplateLine> lines = new ArrayList<>();
        for (Row row : NativeSql.query(em, """
                SELECT a.code, i.code, CONCAT(a.name_zh, ' ', a.name_en), CONCAT(i.name_zh, ' ', i.name_en)
                FROM evaluation_cycle c JOIN cycle_agency_system b ON b.cycle_id = c.id
                JOIN agency a ON a.id = b.agency_id
                JOIN indicator i ON i.system_id = b.system_id
                WHERE c.code = ? AND NOT EXISTS (SELECT 1 FROM indicator x WHERE x.parent_id = i.id)
                  AND """ + SourceWeightService.effectiveWeight("c.id", Source.THIRD_PARTY) + """
                 > 0
                ORDER BY a.sort_order, a.code, i.sort_order, i.id""", cycleCode)) {
            if (ready.contains(row.string(0))) {
                lines.add(new TemplateLine(row.string(0), row.string(1), row.string(2), row.string(3)));
            }
        }
        return lines;
    }

    /** The organisation's sheets, every version, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Sheet> ofOrganisation(String orgCode) {
        return sheets("WHERE o.code = ? ORDER BY s.id DESC", orgCode);
    }

    /** A stored report: the generated file name, the name as uploaded, its digest. */
    public record Report(String file, String name, String sha256) {
    }

    /**
     * The report of a sheet for someone who may read it: a member of the uploading organisation, or
     * (when {@code moderator}) a moderator or administrator. Anyone else learns nothing: empty.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Report> report(long sheetId, String username, boolean moderator) {
        if (!readable(sheetId, username, moderator)) {
            return Optional.empty();
        }
        return NativeSql.query(em, """
                SELECT report_file, report_name, report_sha256 FROM score_sheet WHERE id = ? AND report_file IS NOT NULL""", sheetId)
                .stream().map(row -> new Report(row.string(0), row.string(1), row.string(2))).findFirst();
    }

    /** Whether the sheet exists and the account may read it: its organisation's staff, or a moderator or administrator. */
    private boolean readable(long sheetId, String username, boolean moderator) {
        List<Row> sheet = NativeSql.query(em, "SELECT s.id, o.code FROM score_sheet s JOIN evaluator_org o ON o.id = s.org_id WHERE s.id = ?",
                sheetId);
        return !sheet.isEmpty() && (moderator || evaluators.organisationOf(username).map(sheet.get(0).string(1)::equals).orElse(false));
    }

    /**
     * The rows of one stored version, as template lines with their score, for whoever may read the
     * sheet (as {@link #report}): every version stays readable; anyone else learns nothing: empty.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<ScoredLine>> contents(long sheetId, String username, boolean moderator) {
        if (!readable(sheetId, username, moderator)) {
            return Optional.empty();
        }
        return Optional.of(NativeSql.query(em, """
                SELECT a.code, i.code, CONCAT(a.name_zh, ' ', a.name_en), CONCAT(i.name_zh, ' ', i.name_en), r.score
                FROM score_sheet_row r JOIN agency a ON a.id = r.agency_id JOIN indicator i ON i.id = r.indicator_id
                WHERE r.sheet_id = ? ORDER BY a.sort_order, a.code, i.sort_order, i.id""", sheetId).stream()
                .map(row -> new ScoredLine(new TemplateLine(row.string(0), row.string(1), row.string(2), row.string(3)),
                        row.decimal(4)))
                .toList());
    }

    /** A line of a stored sheet: what was scored, and the score. */
    public record ScoredLine(TemplateLine line, BigDecimal score) {
    }

    /** One of the organisation's sheets; another organisation's is "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Sheet> ofOrganisation(String orgCode, long sheetId) {
        return sheets("WHERE o.code = ? AND s.id = ?", orgCode, sheetId).stream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Sheet> pending() {
        return sheets("WHERE s.status = 'PENDING' ORDER BY s.id");
    }

    /**
     * Accepts a pending sheet or returns it with a reason. Someone other than its uploader decides,
     * and no member of the uploading organisation.
     */
    @Transactional
    public void decide(long sheetId, boolean accept, String reason, String actor) {
        List<Sheet> found = sheets("WHERE s.id = ? AND s.status = 'PENDING'", sheetId);
        if (found.isEmpty()) {
            throw invalid("sheet", "sheet.notPending", "the sheet is not waiting for a decision");
        }
        Sheet sheet = found.get(0);
        if (sheet.uploadedBy().equals(actor) || evaluators.organisationOf(actor).map(sheet.orgCode()::equals).orElse(false)) {
            throw invalid("sheet", "sheet.fourEyes", "someone other than the uploading organisation decides a sheet");
        }
        String text = reason == null ? "" : reason.strip();
        if (!accept && (text.isEmpty() || text.length() > 500)) {
            throw invalid("reason", "sheet.reason", "a returned sheet needs a reason of 1 to 500 characters");
        }
        em.createNativeQuery("UPDATE score_sheet SET status = ?, decided_by = ?, decided_at = ?, return_reason = ? WHERE id = ?")
                .setParameter(1, accept ? "ACCEPTED" : "RETURNED").setParameter(2, actor).setParameter(3, time.now())
                .setParameter(4, accept ? null : text).setParameter(5, sheetId).executeUpdate();
        audit.append(actor, accept ? "assessment.accept" : "assessment.return", "evaluator:" + sheet.orgCode() + "/sheet:" + sheetId,
                accept ? Map.of() : Map.of("reason", text));
    }

    private List<Sheet> sheets(String where, Object... parameters) {
        return NativeSql.query(em, """
                SELECT s.id, o.code, c.code, s.version, s.status, s.file_name, s.uploaded_by, s.uploaded_at, s.return_reason,
                       (SELECT COUNT(*) FROM score_sheet_row r WHERE r.sheet_id = s.id), s.report_file IS NOT NULL
                FROM score_sheet s JOIN evaluator_org o ON o.id = s.org_id JOIN evaluation_cycle c ON c.id = s.cycle_id
                """ + where, parameters).stream()
                .map(row -> new Sheet(row.longValue(0), row.string(1), row.string(2), row.intValue(3),
                        row.string(4), row.string(5), row.string(6), row.dateTime(7), row.string(8),
                        row.intValue(9), row.bool(10)))
                .toList();
    }

    /** The id of what {@code value} names, or the problem {@code code} of the field when nothing has it. */
    private long id(String sql, String value, String field, String code, String message) {
        return NativeSql.query(em, sql, value).stream().map(row -> row.longValue(0)).findFirst()
                .orElseThrow(() -> invalid(field, code, message, String.valueOf(value)));
    }


    private static InvalidInputException invalid(String field, String code, String message, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, code, message, arguments)));
    }
}
