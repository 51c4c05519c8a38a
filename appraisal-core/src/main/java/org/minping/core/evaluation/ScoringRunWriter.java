package org.minping.core.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.audit.AuditLog;
import org.minping.core.cycle.CycleNotFoundException;
import org.minping.core.cycle.CycleRepository;
import org.minping.core.cycle.EvaluationCycle;
import org.minping.core.recompute.ScoringJson;
import org.minping.core.scoring.AgencyResult;
import org.minping.core.scoring.Contribution;
import org.minping.core.scoring.IndicatorResult;
import org.minping.core.scoring.ScoringResult;
import org.minping.core.scoring.WeightedEstimate;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;

/** The transactions of scoring: reading a cycle's input, storing a run with all its results, publishing a run. */
@ApplicationScoped
public class ScoringRunWriter {

    private static final List<String> RESULT_COLUMNS = List.of("run_id", "agency_id", "track_code", "score",
            "published_score", "grade", "rank_in_track", "rank_low", "rank_high", "incomplete", "insufficient_sample",
            "public_mean", "public_lower", "public_upper", "public_effective_n", "public_respondents");

    private static final List<String> HELD_OUT_COLUMNS = List.of("run_id", "position", "source", "agency_code",
            "indicator_code", "item_id", "record_id");

    private static final List<String> CONTRIBUTION_COLUMNS = List.of("run_id", "agency_id", "position",
            "indicator_code", "source", "reason", "points");

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    CycleRepository cycles;

    @Inject
    ScoringInputAssembler assembler;

    @Inject
    AuditLog audit;

    @Inject
    org.minping.core.shared.StoredTime time;

    @Inject
    org.minping.core.followup.FollowUpService followUps;

    /** The cycle's input, with its margins or, for a run without weighting, with none. */
    @Transactional
    public ScoringInputAssembler.Assembled read(String cycleCode, PopulationWeighting weighting) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        return assembler.assemble(cycle, weighting == PopulationWeighting.SKIPPED ? List.of() : cycles.margins(cycle));
    }

    /** Stores a run; the audit event of a run without weighting says so. */
    @Transactional
    public long store(String cycleCode, String actor, LocalDateTime startedAt, LocalDateTime finishedAt, String parameters,
                      PopulationWeighting weighting, ScoringInputAssembler.Assembled assembled, ScoringResult result) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        ScoringRun run = new ScoringRun(cycle.id(), actor, startedAt, finishedAt, parameters, result.inputDigest(),
                result.outputDigest(), assembled.appraisals(), assembled.interim(),
                ScoringJson.writeInput(assembled.input()).toString());
        em.persist(run);
        em.flush();
        Map<String, Long> agencyIds = new HashMap<>();
        for (Row row : rows("SELECT code, id FROM agency")) {
            agencyIds.put(row.string(0), row.longValue(1));
        }
        List<Object[]> results = new ArrayList<>();
        List<Object[]> contributions = new ArrayList<>();
        for (AgencyResult agency : result.agencies()) {
            long agencyId = agencyIds.get(agency.agency());
            WeightedEstimate overall = agency.indicators().stream()
                    .filter(i -> i.indicator().equals(ScoringInputAssembler.OVERALL))
                    .map(IndicatorResult::publicEstimate).flatMap(Optional::stream).findFirst().orElse(null);
            results.add(new Object[] {run.id(), agencyId, agency.track(), agency.isScored() ? agency.score() : null,
                agency.published(), agency.grade(), agency.rank(), agency.rankLow(), agency.rankHigh(),
                agency.incomplete(), agency.insufficientSample(),
                overall == null ? null : overall.mean(), overall == null ? null : overall.lower(),
                overall == null ? null : overall.upper(), overall == null ? null : overall.effectiveSampleSize(),
                overall == null ? null : overall.respondents()});
            List<Contribution> terms = agency.decomposition();
            for (int position = 0; position < terms.size(); position++) {
                Contribution term = terms.get(position);
                contributions.add(new Object[] {run.id(), agencyId, position, term.indicator(),
                    term.source() == null ? null : term.source().name(), term.adjustmentReason(), term.points()});
            }
        }
        NativeSql.insertRows(em, "scoring_result", RESULT_COLUMNS, results);
        NativeSql.insertRows(em, "scoring_contribution", CONTRIBUTION_COLUMNS, contributions);
        List<Object[]> heldOut = new ArrayList<>();
        for (HeldOutItem item : assembled.heldOut()) {
            heldOut.add(new Object[] {run.id(), heldOut.size(), item.source(), item.agency(), item.indicator(), item.itemId(),
                item.recordId()});
        }
        NativeSql.insertRows(em, "scoring_run_held_out", HELD_OUT_COLUMNS, heldOut);
        // Locked last, so intake (whose cube triggers read the cycle row) waits only for the commit.
        em.refresh(cycle, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        cycle.scored(assembled.interim());
        Map<String, String> audited = new java.util.TreeMap<>(Map.of(
                "inputDigest", result.inputDigest(), "outputDigest", result.outputDigest(),
                "appraisals", Long.toString(assembled.appraisals()), "cycleState", cycle.state().name()));
        if (weighting == PopulationWeighting.SKIPPED) {
            audited.put(PopulationWeighting.PARAMETER, "skipped");
        }
        if (!assembled.heldOut().isEmpty()) {
            // The run says what supervision kept out of it: source/agency/indicator#item, in order.
            audited.put("heldOut", String.join(" ", assembled.heldOut().stream()
                    .map(i -> i.source() + "/" + i.agency() + "/" + i.indicator() + "#" + i.itemId()).toList()));
        }
        audit.append(actor, "scoring.run", "cycle:" + cycleCode + "/run:" + run.id(), audited);
        return run.id();
    }

    /** A stored run's input JSON as the run read it, with the run's digests and its cycle. */
    public record StoredInput(long runId, String cycleCode, String inputDigest, String outputDigest, String json) {
    }

    /** The input of any stored run (runs stored before migration V4 kept none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredInput> findInput(long runId) {
        return Optional.ofNullable(em.find(ScoringRun.class, runId)).filter(run -> run.inputJson() != null)
                .map(run -> new StoredInput(run.id(), em.find(EvaluationCycle.class, run.cycleId()).code(),
                        run.inputDigest(), run.outputDigest(), run.inputJson()));
    }

    /** The input of a cycle's published run. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StoredInput publishedInput(String cycleCode) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        long runId = cycle.publishedRunId()
                .orElseThrow(() -> new CycleNotFoundException("cycle " + cycleCode + " has no published result"));
        return findInput(runId)
                .orElseThrow(() -> new CycleNotFoundException("the published run of cycle " + cycleCode + " kept no input"));
    }

    /** Makes the run its cycle's public result. */
    @Transactional
    public void publish(long runId, String actor) {
        ScoringRun run = em.find(ScoringRun.class, runId);
        if (run == null) {
            throw new CycleNotFoundException("no scoring run " + runId);
        }
        EvaluationCycle cycle = em.find(EvaluationCycle.class, run.cycleId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        cycle.publish(runId, run.interim(), time.now());
        followUps.keepPublishedCounts(cycle.id(), cycle.periodStart(), cycle.periodEnd());
        audit.append(actor, "scoring.publish", "cycle:" + cycle.code() + "/run:" + runId, Map.of(
                "inputDigest", run.inputDigest(), "outputDigest", run.outputDigest()));
    }

    private List<Row> rows(String sql) {
        return NativeSql.query(em, sql);
    }
}
