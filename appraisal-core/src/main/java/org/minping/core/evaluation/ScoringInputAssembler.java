package org.minping.core.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minping.core.assessment.ExpertPseudonyms;
import org.minping.core.cycle.EvaluationCycle;
import org.minping.core.scoring.Adjustment;
import org.minping.core.scoring.AgencyRef;
import org.minping.core.scoring.Agreement;
import org.minping.core.scoring.CubeCell;
import org.minping.core.scoring.IndicatorNode;
import org.minping.core.scoring.IndicatorTree;
import org.minping.core.scoring.ImportedScore;
import org.minping.core.scoring.PanelScore;
import org.minping.core.scoring.ScoringEngine;
import org.minping.core.scoring.ScoringException;
import org.minping.core.scoring.ScoringInput;
import org.minping.core.scoring.ScoringParameters;
import org.minping.core.scoring.Source;
import org.minping.core.scoring.Stratum;
import org.minping.core.scoring.WeightingVariable;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;

/**
 * Reads one cycle's scoring input from the database: agencies and tracks, each track's indicator
 * tree with its source weights, the cube of approved public ratings (kept by the database), accepted
 * third-party sheets, submitted expert scores, internal scores and bonus / deduction items.
 */
@ApplicationScoped
public class ScoringInputAssembler {

    /** The overall-satisfaction leaf has this code in every indicator system of the portal. */
    public static final String OVERALL = "OVERALL";

    /** Weighting variables the portal asks respondents about, and the appraisal column of each. */
    private static final Map<String, Integer> VARIABLE_COLUMNS = Map.of("region", 2, "ageBand", 3);

    /**
     * The cube: the cycle's cells as the database keeps them (sql/migration V12): every counted
     * appraisal of the period once in the overall slice, plus one rating per indicator it rated,
     * by agency, indicator, respondent attributes and level, with the count and the exact sums of
     * trust weights and their squares. Reading the kept cells instead of aggregating every appraisal
     * is what keeps a national cycle's run in seconds (docs/BENCHMARKS.md, benchmark d).
     */
    private static final String CUBE = """
            SELECT ag.code, i.code, NULLIF(c.region, ''), NULLIF(c.age_band, ''), c.level, c.n, c.w, c.w2
            FROM cube_current c
            JOIN agency ag ON ag.id = c.agency_id
            JOIN indicator i ON i.id = c.indicator_id
            WHERE c.cycle_id = ? AND c.n > 0
            """;

    /** The key of the tree of a binding b (NULL: none of the agency's kind) of track t; spaced, as text blocks drop a line's trailing blanks. */
    private static final String TREE_KEY = " CASE WHEN COALESCE(b.agency_kind, '') = '' THEN t.code ELSE CONCAT(t.code, '/', b.agency_kind) END ";

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    ExpertPseudonyms pseudonyms;

    /**
     * A run's input, with the number of appraisals it counts, whether the cycle was still open
     * when it was read (an interim run, which is never published: more appraisals may count later),
     * and the imported scores held out of it because supervision flagged them ({@link HeldOutItem}).
     */
    public record Assembled(ScoringInput input, long appraisals, boolean interim, List<HeldOutItem> heldOut) {
        public Assembled {
            heldOut = List.copyOf(heldOut);
        }
    }

    /**
     * An imported score is held out while a supervision item of its cycle, agency, indicator and
     * source says it is not authentic (sql/migration V45); a resolved or authentic item does not.
     */
    private static final String FLAGGED = """
            SELECT 1 FROM supervision_item f WHERE f.cycle_id = s.cycle_id AND f.agency_id = s.agency_id
              AND f.indicator_id = s.indicator_id AND f.source = s.source AND f.verdict = 'NOT_AUTHENTIC'""";

    public Assembled assemble(EvaluationCycle cycle, List<WeightingVariable> margins) {
        ScoringParameters parameters = cycle.parameters(margins);
        for (WeightingVariable variable : margins) {
            if (!VARIABLE_COLUMNS.containsKey(variable.name())) {
                throw new ScoringException("margins.notAsked", "the portal does not ask respondents about " + variable.name()
                        + "; weighting variables are region and ageBand", List.of(variable.name()));
            }
        }
        List<AgencyRef> agencies = agencies(cycle);
        Map<String, IndicatorTree> trees = trees(cycle);
        List<CubeCell> cube = new ArrayList<>();
        long appraisals = cube(cycle, margins, cube);
        return new Assembled(new ScoringInput(agencies, trees, OVERALL, cube, panelScores(cycle), importedScores(cycle),
                adjustments(cycle), parameters), appraisals, !cycle.state().intakeEnded(), heldOut(cycle));
    }

    /**
     * The panels' agreement as the next run will compute it, from the scores accepted and submitted
     * so far: administrators see low agreement before they run.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
    public List<Agreement> agreements(EvaluationCycle cycle) {
        return ScoringEngine.agreements(agencies(cycle), panelScores(cycle),
                cycle.parameters(List.of()).lowAgreementThreshold());
    }

    private List<PanelScore> panelScores(EvaluationCycle cycle) {
        List<PanelScore> scores = new ArrayList<>(thirdPartyScores(cycle));
        scores.addAll(expertScores(cycle));
        return scores;
    }

    /**
     * Every agency with its track and the key of the tree it is scored against: its track's code, or
     * "track/kind" where the cycle binds a version for the agency's kind.
     */
    private List<AgencyRef> agencies(EvaluationCycle cycle) {
        List<AgencyRef> agencies = new ArrayList<>();
        for (Row row : rows("""
                SELECT a.code, t.code, """ + TREE_KEY + """
                 FROM agency a JOIN pilot_track t ON t.id = a.track_id
                LEFT JOIN cycle_indicator_system b ON b.cycle_id = ? AND b.track_id = a.track_id AND b.agency_kind = a.kind""",
                cycle.id())) {
            agencies.add(new AgencyRef(row.string(0), row.string(1), row.string(2)));
        }
        return agencies;
    }


    /**
     * Each indicator-system version the cycle binds, for a track or one kind within it, as an engine
     * tree, with the cycle's source weights where it sets them for a leaf and the version's elsewhere.
     */
    private Map<String, IndicatorTree> trees(EvaluationCycle cycle) {
        List<Row> rows = rows("""
                SELECT """ + TREE_KEY + """
                , i.code, p.code, i.weight, w.source, w.weight
                FROM indicator i
                JOIN cycle_indicator_system b ON b.system_id = i.system_id AND b.cycle_id = ?
                JOIN pilot_track t ON t.id = b.track_id
                LEFT JOIN indicator p ON p.id = i.parent_id
                LEFT JOIN (SELECT indicator_id, source, weight FROM cycle_source_weight WHERE cycle_id = ?
                           UNION ALL
                           SELECT d.indicator_id, d.source, d.weight FROM indicator_source_weight d
                           WHERE NOT EXISTS (SELECT 1 FROM cycle_source_weight o
                                             WHERE o.cycle_id = ? AND o.indicator_id = d.indicator_id)
                          ) w ON w.indicator_id = i.id
                ORDER BY 1, i.id, w.source
                """, cycle.id(), cycle.id(), cycle.id());
        Map<String, Map<String, Row>> nodes = new TreeMap<>();
        Map<String, Map<String, Map<Source, Double>>> sourceWeights = new HashMap<>();
        for (Row row : rows) {
            String track = row.string(0);
            String code = row.string(1);
            nodes.computeIfAbsent(track, t -> new LinkedHashMap<>()).putIfAbsent(code, row);
            Map<Source, Double> weights = sourceWeights.computeIfAbsent(track, t -> new HashMap<>())
                    .computeIfAbsent(code, c -> new EnumMap<>(Source.class));
            if (!row.isNull(4)) {
                weights.put(Source.valueOf(row.string(4)), row.doubleValue(5));
            }
        }
        Map<String, IndicatorTree> trees = new TreeMap<>();
        nodes.forEach((track, byCode) -> {
            List<IndicatorNode> treeNodes = new ArrayList<>();
            byCode.forEach((code, row) -> treeNodes.add(new IndicatorNode(code, row.string(2),
                    row.doubleValue(3), sourceWeights.get(track).get(code))));
            trees.put(track, new IndicatorTree(treeNodes));
        });
        return trees;
    }

    private long cube(EvaluationCycle cycle, List<WeightingVariable> margins, List<CubeCell> cube) {
        List<Row> rows = rows(CUBE, cycle.id());
        // Rows differ in respondent attributes the cycle may not weight by: project, then merge.
        Map<String, double[]> merged = new TreeMap<>();
        Map<String, CubeKey> keys = new HashMap<>();
        long appraisals = 0;
        for (Row row : rows) {
            List<String> categories = new ArrayList<>();
            for (WeightingVariable variable : margins) {
                categories.add(row.string(VARIABLE_COLUMNS.get(variable.name())));
            }
            CubeKey key = new CubeKey(row.string(0), row.string(1), new Stratum(categories), row.intValue(4));
            String id = key.agency + "\u0000" + key.indicator + "\u0000" + categories + "\u0000" + key.level;
            keys.put(id, key);
            double[] sums = merged.computeIfAbsent(id, k -> new double[3]);
            long count = row.longValue(5);
            sums[0] += count;
            sums[1] += row.doubleValue(6);
            sums[2] += row.doubleValue(7);
            if (OVERALL.equals(key.indicator)) {
                appraisals += count;
            }
        }
        merged.forEach((id, sums) -> {
            CubeKey key = keys.get(id);
            cube.add(new CubeCell(key.agency, key.indicator, key.stratum, key.level, (long) sums[0], sums[1], sums[2]));
        });
        return appraisals;
    }

    private record CubeKey(String agency, String indicator, Stratum stratum, int level) {
    }

    /** The internal assessment scores and statistics the office imported for the cycle. */
    private List<ImportedScore> importedScores(EvaluationCycle cycle) {
        List<ImportedScore> scores = new ArrayList<>();
        for (Row row : rows("""
                SELECT s.source, a.code, i.code, s.score FROM imported_score s
                JOIN agency a ON a.id = s.agency_id JOIN indicator i ON i.id = s.indicator_id
                WHERE s.cycle_id = ? AND NOT EXISTS (""" + FLAGGED + ")", cycle.id())) {
            scores.add(new ImportedScore(Source.valueOf(row.string(0)), row.string(1), row.string(2), row.doubleValue(3)));
        }
        return scores;
    }

    /**
     * The imported scores of the cycle that supervision holds out, each once with the earliest
     * unresolved item that flagged it, in a stable order.
     */
    private List<HeldOutItem> heldOut(EvaluationCycle cycle) {
        List<HeldOutItem> items = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Row row : rows("""
                SELECT s.source, a.code, i.code, f.id, r.id, r.kind, r.visited_on FROM imported_score s
                JOIN agency a ON a.id = s.agency_id JOIN indicator i ON i.id = s.indicator_id
                JOIN supervision_item f ON f.cycle_id = s.cycle_id AND f.agency_id = s.agency_id
                 AND f.indicator_id = s.indicator_id AND f.source = s.source AND f.verdict = 'NOT_AUTHENTIC'
                JOIN supervision_record r ON r.id = f.record_id
                WHERE s.cycle_id = ? ORDER BY a.code, i.code, s.source, f.id""", cycle.id())) {
            if (seen.add(row.string(0) + "/" + row.string(1) + "/" + row.string(2))) {
                items.add(new HeldOutItem(row.string(0), row.string(1), row.string(2), row.longValue(3), row.longValue(4),
                        row.string(5), row.date(6)));
            }
        }
        return items;
    }

    /**
     * Third-party evaluation: each organisation's latest accepted score sheet of the cycle, as panel
     * scores of the THIRD_PARTY source with the organisation as the rater.
     */
    private List<PanelScore> thirdPartyScores(EvaluationCycle cycle) {
        List<PanelScore> scores = new ArrayList<>();
        for (Row row : rows("""
                SELECT a.code, i.code, o.code, r.score FROM score_sheet s
                JOIN evaluator_org o ON o.id = s.org_id
                JOIN score_sheet_row r ON r.sheet_id = s.id JOIN agency a ON a.id = r.agency_id JOIN indicator i ON i.id = r.indicator_id
                WHERE s.cycle_id = ? AND s.status = 'ACCEPTED'
                  AND s.version = (SELECT MAX(l.version) FROM score_sheet l
                                   WHERE l.org_id = s.org_id AND l.cycle_id = s.cycle_id AND l.status = 'ACCEPTED')""", cycle.id())) {
            scores.add(new PanelScore(row.string(0), row.string(1), Source.THIRD_PARTY, row.string(2),
                    row.doubleValue(3)));
        }
        return scores;
    }

    /**
     * Expert evaluation: the scores of every panel member who has submitted, named by the expert's
     * pseudonym in the cycle, never by the account: run inputs are read by auditors and, withheld
     * parts aside, by everyone.
     */
    private List<PanelScore> expertScores(EvaluationCycle cycle) {
        List<PanelScore> scores = new ArrayList<>();
        Map<String, String> pseudonymOf = new HashMap<>();
        Map<String, String> accountOf = new HashMap<>();
        for (Row row : rows("""
                SELECT a.code, i.code, u.username, s.score FROM expert_panel p
                JOIN expert_panel_member m ON m.panel_id = p.id AND m.submitted_at IS NOT NULL
                JOIN user_account u ON u.id = m.user_id
                JOIN expert_score s ON s.panel_id = m.panel_id AND s.user_id = m.user_id
                JOIN agency a ON a.id = s.agency_id JOIN indicator i ON i.id = s.indicator_id
                WHERE p.cycle_id = ?""", cycle.id())) {
            String account = row.string(2);
            String pseudonym = pseudonymOf.computeIfAbsent(account, a -> pseudonyms.of(cycle.code(), a));
            // Two experts under one pseudonym would be merged into one rater without a word.
            String earlier = accountOf.putIfAbsent(pseudonym, account);
            if (earlier != null && !earlier.equals(account)) {
                throw new ScoringException("two experts of cycle " + cycle.code() + " share the pseudonym " + pseudonym);
            }
            scores.add(new PanelScore(row.string(0), row.string(1), Source.EXPERT, pseudonym,
                    row.doubleValue(3)));
        }
        return scores;
    }

    private List<Adjustment> adjustments(EvaluationCycle cycle) {
        List<Adjustment> adjustments = new ArrayList<>();
        for (Row row : rows("""
                SELECT a.code, s.reason, s.points FROM score_adjustment s JOIN agency a ON a.id = s.agency_id
                WHERE s.cycle_id = ?""", cycle.id())) {
            adjustments.add(new Adjustment(row.string(0), row.string(1), row.doubleValue(2)));
        }
        return adjustments;
    }

    private List<Row> rows(String sql, Object... parameters) {
        return NativeSql.query(em, sql, parameters);
    }
}
