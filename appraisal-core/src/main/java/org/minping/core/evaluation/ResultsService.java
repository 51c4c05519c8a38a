package org.minping.core.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.minping.core.cycle.CycleNotFoundException;
import org.minping.core.cycle.CycleRepository;
import org.minping.core.cycle.EvaluationCycle;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;

/** Reads stored runs: every run for administrators, the published run of a cycle for everyone. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResultsService {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @jakarta.inject.Inject
    CycleRepository cycles;

    /** A cycle as lists show it, with its kind and state and the id of its published run if any. */
    public record CycleView(String code, Localized name, java.time.LocalDate periodStart, java.time.LocalDate periodEnd,
                            org.minping.core.cycle.CycleKind kind, org.minping.core.cycle.CycleState state, Long publishedRunId) {
        public boolean isPublished() {
            return publishedRunId != null;
        }
    }

    public List<CycleView> cycles() {
        return cycles.all().stream().map(c -> new CycleView(c.code(), c.name(), c.periodStart(), c.periodEnd(),
                c.kind(), c.state(), c.publishedRunId().orElse(null))).toList();
    }

    public List<RunSummary> runs(String cycleCode) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        List<RunSummary> runs = new ArrayList<>();
        java.util.Map<Long, List<HeldOutItem>> heldOut = new java.util.HashMap<>();
        for (Row row : rows("""
                SELECT h.run_id, h.source, h.agency_code, h.indicator_code, h.item_id, h.record_id, r.kind, r.visited_on
                FROM scoring_run_held_out h JOIN scoring_run s ON s.id = h.run_id
                JOIN supervision_record r ON r.id = h.record_id
                WHERE s.cycle_id = ? ORDER BY h.run_id, h.position""", cycle.id())) {
            heldOut.computeIfAbsent(row.longValue(0), k -> new ArrayList<>()).add(new HeldOutItem(row.string(1), row.string(2),
                    row.string(3), row.longValue(4), row.longValue(5), row.string(6), row.date(7)));
        }
        for (Row row : rows("""
                SELECT id, started_by, started_at, input_sha256, output_sha256, appraisals, parameters FROM scoring_run
                WHERE cycle_id = ? ORDER BY id DESC""", cycle.id())) {
            long id = row.longValue(0);
            runs.add(new RunSummary(id, cycleCode, row.string(1), row.dateTime(2), row.string(3),
                    row.string(4), row.longValue(5), cycle.publishedRunId().map(p -> p == id).orElse(false),
                    unweighted(row.string(6)), heldOut.getOrDefault(id, List.of())));
        }
        return runs;
    }

    /** Whether a run's stored parameters say it skipped population weighting by the administrator's choice. */
    static boolean unweighted(String parameters) {
        if (parameters == null || parameters.isBlank()) {
            return false;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(parameters))) {
            return "skipped".equals(reader.readObject().getString(PopulationWeighting.PARAMETER, null));
        }
    }

    /** The ranking of a run, optionally of one track, by track and rank. */
    public List<RankedAgency> ranking(long runId, String trackCode) {
        List<RankedAgency> ranking = new ArrayList<>();
        for (Row row : rows("""
                SELECT a.code, a.name_zh, a.name_en, r.track_code, r.published_score, r.grade, r.rank_in_track, r.rank_low,
                       r.rank_high, r.incomplete, r.insufficient_sample, r.public_mean, r.public_lower, r.public_upper,
                       r.public_effective_n, r.public_respondents
                FROM scoring_result r JOIN agency a ON a.id = r.agency_id
                WHERE r.run_id = ? AND (? IS NULL OR r.track_code = ?)
                ORDER BY r.track_code, r.rank_in_track = 0, r.rank_in_track, a.sort_order""", runId, trackCode, trackCode)) {
            ranking.add(new RankedAgency(row.string(0), new Localized(row.string(1), row.string(2)), row.string(3),
                    row.decimal(4), row.string(5), row.intValue(6), row.intValue(7),
                    row.intValue(8), row.bool(9), row.bool(10), row.nullableDouble(11), row.nullableDouble(12),
                    row.nullableDouble(13), row.nullableDouble(14), row.nullableLong(15), false));
        }
        return ranking;
    }

    /** The ranking as the public sees it: satisfaction of fewer than {@code minRaters} respondents suppressed. */
    public List<RankedAgency> publicRanking(long runId, String trackCode, int minRaters) {
        return ranking(runId, trackCode).stream().map(agency -> agency.suppressedBelow(minRaters)).toList();
    }

    /** Every agency's decomposition in one query, by agency code. */
    public java.util.Map<String, List<ScoreTerm>> decompositions(long runId) {
        java.util.Map<String, List<ScoreTerm>> terms = new java.util.HashMap<>();
        for (Row row : rows("""
                SELECT a.code, c.indicator_code, c.source, c.reason, c.points FROM scoring_contribution c
                JOIN agency a ON a.id = c.agency_id WHERE c.run_id = ? ORDER BY a.code, c.position""", runId)) {
            terms.computeIfAbsent(row.string(0), a -> new ArrayList<>()).add(new ScoreTerm(row.string(1),
                    row.string(2), row.string(3), row.doubleValue(4)));
        }
        return terms;
    }

    public List<ScoreTerm> decomposition(long runId, String agencyCode) {
        List<ScoreTerm> terms = new ArrayList<>();
        for (Row row : rows("""
                SELECT c.indicator_code, c.source, c.reason, c.points FROM scoring_contribution c
                JOIN agency a ON a.id = c.agency_id WHERE c.run_id = ? AND a.code = ? ORDER BY c.position""",
                runId, agencyCode)) {
            terms.add(new ScoreTerm(row.string(0), row.string(1), row.string(2), row.doubleValue(3)));
        }
        return terms;
    }

    /**
     * The minimum effective sample from which the run counted public appraisal as enough data
     * (its own parameters, whatever the cycle's are now).
     */
    public double minEffectiveSample(long runId) {
        ScoringRun run = java.util.Optional.ofNullable(em.find(ScoringRun.class, runId))
                .orElseThrow(() -> new CycleNotFoundException("no scoring run " + runId));
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(run.parametersJson()))) {
            return reader.readObject().getJsonNumber("minEffectiveSample").doubleValue();
        }
    }

    /** Names of the indicators of the version a cycle binds for a track, by code. */
    public java.util.Map<String, Localized> indicatorNames(String cycleCode, String trackCode) {
        java.util.Map<String, Localized> names = new java.util.HashMap<>();
        for (Row row : rows("""
                SELECT i.code, i.name_zh, i.name_en FROM indicator i
                JOIN cycle_indicator_system b ON b.system_id = i.system_id
                JOIN evaluation_cycle c ON c.id = b.cycle_id
                JOIN pilot_track t ON t.id = b.track_id WHERE c.code = ? AND t.code = ?""", cycleCode, trackCode)) {
            names.put(row.string(0), new Localized(row.string(1), row.string(2)));
        }
        return names;
    }

    /** The published run of a cycle; a cycle without publication has no public result at all. */
    public long publishedRun(String cycleCode) {
        return cycles.findByCode(cycleCode).flatMap(EvaluationCycle::publishedRunId)
                .orElseThrow(() -> new CycleNotFoundException("cycle " + cycleCode + " has no published result"));
    }


    private List<Row> rows(String sql, Object... parameters) {
        return NativeSql.query(em, sql, parameters);
    }
}
