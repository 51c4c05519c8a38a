package org.minping.core.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minping.core.audit.AuditLog;
import org.minping.core.cycle.CycleRepository;
import org.minping.core.cycle.EvaluationCycle;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.Sha256;
import org.minping.core.shared.StoredTime;

/**
 * The evaluation office's supervision of a cycle's data: records a routine check or a verification
 * visit to an agency, a verdict on each imported score of that agency it checked, and the
 * resolution of a score flagged not authentic. Every change is audited in its transaction; bad
 * input is refused naming each field, and nothing is stored. Callers check the permission
 * supervision:record before changing and audit:read before reading.
 */
@ApplicationScoped
public class SupervisionService {

    public static final String NOT_AUTHENTIC = "NOT_AUTHENTIC";

    static final Set<String> KINDS = Set.of("ROUTINE_CHECK", "VERIFICATION_VISIT");
    static final Set<String> VERDICTS = Set.of("AUTHENTIC", NOT_AUTHENTIC);
    static final Set<String> RESOLUTIONS = Set.of("CORRECTED", "CONFIRMED");

    static final int FINDINGS_MAX = 2000;
    static final int NOTE_MAX = 1000;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    CycleRepository cycles;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    /**
     * Records a check or visit of an agency in a cycle, on a day not after today, with its findings.
     *
     * @return the record's id
     * @throws InvalidInputException naming the agency, kind, date or findings when they are not right
     */
    @Transactional
    public long recordVisit(String cycleCode, String agencyCode, String kind, String visitedOn, String findings, String actor) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        List<FieldError> errors = new ArrayList<>();
        if (kind == null || !KINDS.contains(kind)) {
            errors.add(new FieldError("kind", "supervision.kind", "the kind is a routine check or a verification visit"));
        }
        LocalDate day = null;
        try {
            day = visitedOn == null ? null : LocalDate.parse(visitedOn.strip());
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null || day.isAfter(time.today())) {
            errors.add(new FieldError("visitedOn", "supervision.date", "the date is a day (yyyy-mm-dd) not after today"));
        }
        List<Row> agency = agencyCode == null || agencyCode.isBlank() ? List.of()
                : rows("SELECT id FROM agency WHERE code = ?", agencyCode);
        if (agencyCode == null || agencyCode.isBlank()) {
            errors.add(new FieldError("agency", "supervision.agency.choose", "choose the agency"));
        } else if (agency.isEmpty()) {
            errors.add(new FieldError("agency", "agency.unknown", "no agency has the code " + agencyCode, agencyCode));
        }
        String text = findings == null ? "" : findings.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > FINDINGS_MAX) {
            errors.add(new FieldError("findings", "supervision.findings", "the findings are 1 to 2000 characters",
                    String.valueOf(FINDINGS_MAX)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("""
                INSERT INTO supervision_record (cycle_id, agency_id, kind, visited_on, findings, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .setParameter(1, cycle.id()).setParameter(2, agency.get(0).longValue(0)).setParameter(3, kind)
                .setParameter(4, day).setParameter(5, text).setParameter(6, actor).setParameter(7, time.now()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        audit.append(actor, "supervision.record", "cycle:" + cycle.code() + "/agency:" + agencyCode + "/supervision:" + id,
                Map.of("kind", kind, "visitedOn", day.toString(), "findingsSha256", Sha256.hex(text)));
        return id;
    }

    /**
     * Records the verdict on one imported score the visit checked: authentic, or not authentic
     * (held out of scoring until resolved). The score must be one of the record's cycle and agency.
     *
     * @param scoreKey the score as {@link CheckableScore#key()} names it
     * @throws SupervisionRecordNotFoundException when there is no such record
     */
    @Transactional
    public long checkItem(Long recordId, String scoreKey, String verdict, String note, String actor) {
        if (recordId == null) {
            throw new InvalidInputException(List.of(new FieldError("record", "supervision.record.choose", "choose the record")));
        }
        Row record = rows("""
                SELECT r.cycle_id, c.code, r.agency_id, a.code FROM supervision_record r
                JOIN evaluation_cycle c ON c.id = r.cycle_id JOIN agency a ON a.id = r.agency_id WHERE r.id = ?""", recordId)
                .stream().findFirst().orElseThrow(() -> new SupervisionRecordNotFoundException("no supervision record " + recordId));
        String cycleCode = record.string(1);
        String agencyCode = record.string(3);
        List<FieldError> errors = new ArrayList<>();
        String[] parts = scoreKey == null ? new String[0] : scoreKey.split("/", -1);
        Row score = null;
        if (parts.length != 4) {
            errors.add(new FieldError("item", "supervision.item.unknown", "no imported score is named " + scoreKey,
                    String.valueOf(scoreKey)));
        } else if (!parts[0].equals(cycleCode)) {
            errors.add(new FieldError("item", "supervision.item.otherCycle", "the score is of cycle " + parts[0]
                    + ", the record of cycle " + cycleCode, parts[0], cycleCode));
        } else if (!parts[2].equals(agencyCode)) {
            errors.add(new FieldError("item", "supervision.item.otherAgency", "the score is of agency " + parts[2]
                    + ", the record of agency " + agencyCode, parts[2], agencyCode));
        } else {
            score = rows("""
                    SELECT s.indicator_id, s.score FROM imported_score s JOIN indicator i ON i.id = s.indicator_id
                    WHERE s.cycle_id = ? AND s.agency_id = ? AND s.source = ? AND i.code = ?""",
                    record.longValue(0), record.longValue(2), parts[1], parts[3]).stream().findFirst().orElse(null);
            if (score == null) {
                errors.add(new FieldError("item", "supervision.item.unknown", "no imported score is named " + scoreKey, scoreKey));
            } else if (!rows("SELECT 1 FROM supervision_item WHERE record_id = ? AND indicator_id = ? AND source = ?",
                    recordId, score.longValue(0), parts[1]).isEmpty()) {
                errors.add(new FieldError("item", "supervision.item.checked", "this record has a verdict on the score already"));
            }
        }
        if (verdict == null || !VERDICTS.contains(verdict)) {
            errors.add(new FieldError("verdict", "supervision.verdict", "the verdict is authentic or not authentic"));
        }
        String text = note == null ? "" : note.strip();
        if (text.codePointCount(0, text.length()) > NOTE_MAX) {
            errors.add(new FieldError("note", "supervision.note", "the note is at most 1000 characters", String.valueOf(NOTE_MAX)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("""
                INSERT INTO supervision_item (record_id, cycle_id, agency_id, indicator_id, source, verdict, note, checked_by, checked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .setParameter(1, recordId).setParameter(2, record.longValue(0)).setParameter(3, record.longValue(2))
                .setParameter(4, score.longValue(0)).setParameter(5, parts[1]).setParameter(6, verdict)
                .setParameter(7, text.isEmpty() ? null : text).setParameter(8, actor).setParameter(9, time.now()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("verdict", verdict);
        data.put("source", parts[1]);
        data.put("indicator", parts[3]);
        data.put("score", score.decimal(1).toPlainString());
        audit.append(actor, "supervision.check", "cycle:" + cycleCode + "/agency:" + agencyCode + "/supervision:" + recordId
                + "/item:" + id, data);
        return id;
    }

    /**
     * Resolves an item flagged not authentic: the score was corrected (re-imported) or confirmed, as
     * the text explains; from the next run on it is scored again.
     *
     * @throws SupervisionRecordNotFoundException when there is no such item
     */
    @Transactional
    public void resolve(Long itemId, String resolution, String resolutionText, String actor) {
        if (itemId == null) {
            throw new InvalidInputException(List.of(new FieldError("item", "supervision.item.choose", "choose the item")));
        }
        Row item = rows("""
                SELECT f.verdict, c.code, a.code, f.record_id FROM supervision_item f
                JOIN evaluation_cycle c ON c.id = f.cycle_id JOIN agency a ON a.id = f.agency_id
                WHERE f.id = ? FOR UPDATE""", itemId)
                .stream().findFirst().orElseThrow(() -> new SupervisionRecordNotFoundException("no supervision item " + itemId));
        List<FieldError> errors = new ArrayList<>();
        if (!NOT_AUTHENTIC.equals(item.string(0))) {
            errors.add(new FieldError("item", "supervision.item.notFlagged", "only an item flagged not authentic is resolved"));
        }
        if (resolution == null || !RESOLUTIONS.contains(resolution)) {
            errors.add(new FieldError("resolution", "supervision.resolution", "the resolution is corrected or confirmed"));
        }
        String text = resolutionText == null ? "" : resolutionText.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > NOTE_MAX) {
            errors.add(new FieldError("resolutionText", "supervision.resolutionText", "the explanation is 1 to 1000 characters",
                    String.valueOf(NOTE_MAX)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("""
                UPDATE supervision_item SET verdict = 'RESOLVED', resolution = ?, resolution_text = ?, resolved_by = ?, resolved_at = ?
                WHERE id = ? AND verdict = 'NOT_AUTHENTIC'""")
                .setParameter(1, resolution).setParameter(2, text).setParameter(3, actor).setParameter(4, time.now())
                .setParameter(5, itemId).executeUpdate();
        audit.append(actor, "supervision.resolve", "cycle:" + item.string(1) + "/agency:" + item.string(2) + "/supervision:"
                + item.longValue(3) + "/item:" + itemId, Map.of("resolution", resolution, "textSha256", Sha256.hex(text)));
    }

    /** The cycle's records, latest visit first, each with its items. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupervisionRecordView> records(String cycleCode) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        Map<Long, List<SupervisionRecordView.Item>> items = new LinkedHashMap<>();
        for (Row row : rows("""
                SELECT f.record_id, f.id, f.source, i.code, i.name_zh, i.name_en, f.verdict, f.note, f.checked_by,
                       f.resolution, f.resolution_text, f.resolved_by
                FROM supervision_item f JOIN indicator i ON i.id = f.indicator_id
                WHERE f.cycle_id = ? ORDER BY f.id""", cycle.id())) {
            items.computeIfAbsent(row.longValue(0), k -> new ArrayList<>()).add(new SupervisionRecordView.Item(row.longValue(1),
                    row.string(2), row.string(3), new Localized(row.string(4), row.string(5)), row.string(6), row.string(7),
                    row.string(8), row.string(9), row.string(10), row.string(11)));
        }
        List<SupervisionRecordView> records = new ArrayList<>();
        for (Row row : rows("""
                SELECT r.id, a.code, a.name_zh, a.name_en, r.kind, r.visited_on, r.findings, r.recorded_by, r.recorded_at
                FROM supervision_record r JOIN agency a ON a.id = r.agency_id
                WHERE r.cycle_id = ? ORDER BY r.visited_on DESC, r.id DESC""", cycle.id())) {
            records.add(new SupervisionRecordView(row.longValue(0), row.string(1), new Localized(row.string(2), row.string(3)),
                    row.string(4), row.date(5), row.string(6), row.string(7), row.dateTime(8),
                    items.getOrDefault(row.longValue(0), List.of())));
        }
        return records;
    }

    /** The imported scores of the cycle a visit may check, by agency, indicator and source. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CheckableScore> checkableScores(String cycleCode) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        List<CheckableScore> scores = new ArrayList<>();
        for (Row row : rows("""
                SELECT s.source, a.code, a.name_zh, a.name_en, i.code, i.name_zh, i.name_en, s.score FROM imported_score s
                JOIN agency a ON a.id = s.agency_id JOIN indicator i ON i.id = s.indicator_id
                WHERE s.cycle_id = ? ORDER BY a.code, i.code, s.source""", cycle.id())) {
            scores.add(new CheckableScore(cycle.code(), row.string(0), row.string(1), new Localized(row.string(2), row.string(3)),
                    row.string(4), new Localized(row.string(5), row.string(6)), row.decimal(7)));
        }
        return scores;
    }

    private List<Row> rows(String sql, Object... parameters) {
        return NativeSql.query(em, sql, parameters);
    }
}
