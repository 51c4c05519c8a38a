package org.minping.core.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.minping.core.audit.AuditLog;
import org.minping.core.cycle.SourceWeightService;
import org.minping.core.scoring.Source;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.Sha256;
import org.minping.core.shared.StoredTime;

/**
 * Experts' scores on the panels they sit on: each member scores every agency of the track on every
 * leaf indicator of the agency's version that takes expert scores (source weight EXPERT above 0,
 * the cycle's or the version's), with a comment per score, steps aside from an agency with a reason, saves drafts and
 * submits once. Only submitted scores reach scoring. Members see and change only their own scores;
 * callers check the panel:score permission.
 */
@ApplicationScoped
public class ExpertScoreService {

    /**
     * The lines of a panel: each agency of the track with each leaf of its version (its kind's, else
     * the track's) that takes expert scores in the cycle. Parameters: cycle, track, cycle, cycle.
     */
    private static final String EXPERT_LINES = """
            SELECT a.id, a.code, a.name_zh, a.name_en, i.id, i.code, i.name_zh, i.name_en FROM agency a
            JOIN cycle_agency_system b ON b.agency_id = a.id AND b.cycle_id = ?
            JOIN indicator i ON i.system_id = b.system_id
            WHERE a.track_id = ? AND NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id)
              AND """ + SourceWeightService.effectiveWeight("?", Source.EXPERT) + """
             > 0
            ORDER BY a.sort_order, a.code, i.sort_order, i.id""";

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    /** A panel as one of its experts sees it. */
    public record Membership(String cycleCode, String trackCode, Localized trackName, boolean submitted) {
    }

    /** One score to give: an agency on an indicator, with what the expert has saved so far (or nulls). */
    public record Line(String agencyCode, Localized agencyName, String indicatorCode, Localized indicatorName,
                       BigDecimal score, String comment) {
    }

    /** What an expert entered for one line, as typed. */
    public record Entry(String agencyCode, String indicatorCode, String score, String comment) {
    }

    /** The panels an expert sits on, newest cycle first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> memberships(String username) {
        return NativeSql.query(em, """
                SELECT c.code, t.code, t.name_zh, t.name_en, m.submitted_at FROM expert_panel_member m
                JOIN user_account u ON u.id = m.user_id JOIN expert_panel p ON p.id = m.panel_id
                JOIN evaluation_cycle c ON c.id = p.cycle_id JOIN pilot_track t ON t.id = p.track_id
                WHERE u.username = ? ORDER BY c.period_start DESC, t.sort_order""", username).stream()
                .map(row -> new Membership(row.string(0), row.string(1), new Localized(row.string(2), row.string(3)),
                        !row.isNull(4)))
                .toList();
    }

    /**
     * The lines an expert scores on a panel, with the expert's saved scores. Empty when the account
     * is not on that panel: nobody learns what another panel holds.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Line> lines(String username, String cycleCode, String trackCode) {
        Optional<Seat> seat = seat(username, cycleCode, trackCode);
        if (seat.isEmpty()) {
            return List.of();
        }
        Map<String, Row> saved = new LinkedHashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT a.code, i.code, s.score, s.comment FROM expert_score s
                JOIN agency a ON a.id = s.agency_id JOIN indicator i ON i.id = s.indicator_id
                WHERE s.panel_id = ? AND s.user_id = ?""", seat.get().panel, seat.get().user)) {
            saved.put(row.string(0) + "/" + row.string(1), row);
        }
        List<Line> lines = new ArrayList<>();
        for (Row line : NativeSql.query(em, EXPERT_LINES, seat.get().cycle, seat.get().track, seat.get().cycle, seat.get().cycle)) {
            Row score = saved.get(line.string(1) + "/" + line.string(5));
            lines.add(new Line(line.string(1), new Localized(line.string(2), line.string(3)), line.string(5),
                    new Localized(line.string(6), line.string(7)), score == null ? null : score.decimal(2),
                    score == null ? null : score.string(3)));
        }
        return lines;
    }

    /** The agencies the expert stepped aside from on a panel, with the reasons given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> recusals(String username, String cycleCode, String trackCode) {
        Map<String, String> recusals = new LinkedHashMap<>();
        seat(username, cycleCode, trackCode).ifPresent(seat -> NativeSql.query(em, """
                SELECT a.code, r.reason FROM expert_recusal r JOIN agency a ON a.id = r.agency_id
                WHERE r.panel_id = ? AND r.user_id = ?""", seat.panel, seat.user)
                .forEach(row -> recusals.put(row.string(0), row.string(1))));
        return recusals;
    }

    /**
     * Saves an expert's scores and the agencies they step aside from (回避, agency code → reason);
     * with {@code submit} every line of every other agency must be scored and all is final. Lines
     * left blank in a draft are kept unscored. Every problem is reported, named by its line
     * ({@code AGENCY/INDICATOR}) or agency; nothing is stored unless all entries are right.
     */
    @Transactional
    public void save(String username, String cycleCode, String trackCode, List<Entry> entries, Map<String, String> recusals,
                     boolean submit) {
        Seat seat = seat(username, cycleCode, trackCode)
                .orElseThrow(() -> ExpertPanels.invalid("panel", "panel.notSeated",
                        "you are not on a panel for " + trackCode + " in " + cycleCode, trackCode, cycleCode));
        // The member's row is locked, so a draft saved while the same expert submits elsewhere cannot
        // overwrite submitted scores.
        boolean submittedAlready = !NativeSql.query(em, """
                SELECT submitted_at, panel_id FROM expert_panel_member WHERE panel_id = ? AND user_id = ? FOR UPDATE""",
                seat.panel, seat.user).get(0).isNull(0);
        if (submittedAlready) {
            throw submittedAndFinal(cycleCode, trackCode);
        }
        Map<String, Long> agencies = new LinkedHashMap<>();
        agencies(seat.track).forEach(row -> agencies.put(row.string(1), row.longValue(0)));
        // "agency/indicator" → the indicator's id, for the lines of the panel.
        Map<String, Long> leaves = new LinkedHashMap<>();
        NativeSql.query(em, EXPERT_LINES, seat.cycle, seat.track, seat.cycle, seat.cycle)
                .forEach(row -> leaves.put(row.string(1) + "/" + row.string(5), row.longValue(4)));
        List<FieldError> errors = new ArrayList<>();
        List<Object[]> recused = new ArrayList<>();
        recusals.forEach((agency, reason) -> {
            String text = reason == null ? "" : reason.strip();
            if (!agencies.containsKey(agency)) {
                errors.add(new FieldError(agency, "panel.agency", agency + ": not an agency of this panel", agency));
            } else if (text.isEmpty() || text.codePointCount(0, text.length()) > ExpertPanels.MAX_COMMENT) {
                errors.add(new FieldError(agency, "panel.recusal", agency + ": stepping aside needs a reason of 1 to 500 characters",
                        agency));
            } else {
                recused.add(new Object[] {seat.panel, seat.user, agencies.get(agency), text, time.now()});
            }
        });
        List<Object[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry entry : entries) {
            String line = entry.agencyCode() + "/" + entry.indicatorCode();
            if (!leaves.containsKey(line) || !seen.add(line)) {
                errors.add(new FieldError(line, "panel.line", line + ": not a line of this panel, or given twice", line));
                continue;
            }
            String score = entry.score() == null ? "" : entry.score().strip();
            String comment = entry.comment() == null ? "" : entry.comment().strip();
            if (recusals.containsKey(entry.agencyCode())) {
                if (!score.isEmpty() || !comment.isEmpty()) {
                    errors.add(new FieldError(line, "panel.recused", line + ": you stepped aside from " + entry.agencyCode()
                            + "; leave its scores empty", line, entry.agencyCode()));
                }
                continue;
            }
            if (score.isEmpty() && comment.isEmpty()) {
                if (submit) {
                    errors.add(new FieldError(line, "panel.missing", line + ": a score is missing", line));
                }
                continue;
            }
            BigDecimal value = parseScore(score);
            if (value == null) {
                errors.add(new FieldError(line, "panel.score", line + ": the score must be a number from 0 to 100 with at most 2 decimals",
                        line));
            }
            if (comment.isEmpty() || comment.codePointCount(0, comment.length()) > ExpertPanels.MAX_COMMENT) {
                errors.add(new FieldError(line, "panel.comment", line + ": each score needs a comment of 1 to 500 characters", line));
            }
            if (value != null && !comment.isEmpty()) {
                rows.add(new Object[] {seat.panel, seat.user, agencies.get(entry.agencyCode()), leaves.get(line),
                        value, comment, time.now()});
            }
        }
        if (submit) {
            for (String line : leaves.keySet()) {
                if (!seen.contains(line) && !recusals.containsKey(line.substring(0, line.indexOf('/')))) {
                    errors.add(new FieldError(line, "panel.missing", line + ": a score is missing", line));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("DELETE FROM expert_score WHERE panel_id = ? AND user_id = ?")
                .setParameter(1, seat.panel).setParameter(2, seat.user).executeUpdate();
        if (!rows.isEmpty()) {
            NativeSql.insertRows(em, "expert_score",
                    List.of("panel_id", "user_id", "agency_id", "indicator_id", "score", "comment", "updated_at"), rows);
        }
        em.createNativeQuery("DELETE FROM expert_recusal WHERE panel_id = ? AND user_id = ?")
                .setParameter(1, seat.panel).setParameter(2, seat.user).executeUpdate();
        if (!recused.isEmpty()) {
            NativeSql.insertRows(em, "expert_recusal", List.of("panel_id", "user_id", "agency_id", "reason", "declared_at"), recused);
        }
        if (submit) {
            // The submitted_at IS NULL guard makes a second, concurrent submit change nothing.
            int submitted = em.createNativeQuery("""
                    UPDATE expert_panel_member SET submitted_at = ? WHERE panel_id = ? AND user_id = ? AND submitted_at IS NULL""")
                    .setParameter(1, time.now()).setParameter(2, seat.panel).setParameter(3, seat.user).executeUpdate();
            if (submitted == 0) {
                throw submittedAndFinal(cycleCode, trackCode);
            }
            audit.append(username, "panel.submit", ExpertPanels.auditSubject(cycleCode, trackCode), Map.of(
                    "scores", Integer.toString(rows.size()), "recused", String.join(",", new TreeSet<>(recusals.keySet())),
                    "sha256", digest(entries, recusals)));
        }
    }

    /**
     * What was submitted, for the audit trail: SHA-256 over the sorted lines
     * {@code AGENCY/INDICATOR=score<tab>comment} (the score as a plain decimal) and
     * {@code AGENCY=recused<tab>reason}, so a later change is evident.
     */
    static String digest(List<Entry> entries, Map<String, String> recusals) {
        Stream<String> scores = entries.stream()
                .filter(e -> !recusals.containsKey(e.agencyCode()))
                .map(e -> e.agencyCode() + "/" + e.indicatorCode() + "=" + parseScore(e.score().strip()).stripTrailingZeros().toPlainString()
                        + "\t" + e.comment().strip());
        Stream<String> asides = recusals.entrySet().stream().map(r -> r.getKey() + "=recused\t" + r.getValue().strip());
        String text = Stream.concat(scores, asides).sorted().collect(Collectors.joining("\n"));
        return Sha256.hex(text);
    }

    private static InvalidInputException submittedAndFinal(String cycleCode, String trackCode) {
        return ExpertPanels.invalid("panel", "panel.submitted",
                "your scores for " + trackCode + " in " + cycleCode + " are submitted and final", trackCode, cycleCode);
    }

    /** A score as typed: 0..100, at most 2 decimals; null when it is not one. */
    static BigDecimal parseScore(String text) {
        if (text == null || !text.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        return value.compareTo(BigDecimal.valueOf(100)) > 0 ? null : value;
    }

    private record Seat(long panel, long user, long cycle, long track) {
    }

    private Optional<Seat> seat(String username, String cycleCode, String trackCode) {
        return NativeSql.query(em, """
                SELECT p.id, u.id, p.cycle_id, p.track_id FROM expert_panel p
                JOIN evaluation_cycle c ON c.id = p.cycle_id JOIN pilot_track t ON t.id = p.track_id
                JOIN expert_panel_member m ON m.panel_id = p.id JOIN user_account u ON u.id = m.user_id
                WHERE c.code = ? AND t.code = ? AND u.username = ?""", cycleCode, trackCode, username).stream()
                .map(row -> new Seat(row.longValue(0), row.longValue(1), row.longValue(2),
                        row.longValue(3)))
                .findFirst();
    }

    private List<Row> agencies(long track) {
        return NativeSql.query(em, "SELECT id, code, name_zh, name_en FROM agency WHERE track_id = ? ORDER BY sort_order, code", track);
    }
}
