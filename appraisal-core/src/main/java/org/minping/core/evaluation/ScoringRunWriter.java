package org.minping.core.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minping.core.cycle.CycleNotFoundException;
import org.minping.core.cycle.CycleRepository;
import org.minping.core.cycle.EvaluationCycle;
import org.minping.core.scoring.AgencyResult;
import org.minping.core.scoring.Contribution;
import org.minping.core.scoring.IndicatorResult;
import org.minping.core.scoring.ScoringResult;
import org.minping.core.scoring.WeightedEstimate;

/** The transactions of scoring: reading a cycle's input, storing a run with all its results, publishing a run. */
@ApplicationScoped
public class ScoringRunWriter {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @jakarta.inject.Inject
    CycleRepository cycles;

    @jakarta.inject.Inject
    ScoringInputAssembler assembler;

    @jakarta.inject.Inject
    org.minping.core.audit.AuditLog audit;

    @Transactional
    public ScoringInputAssembler.Assembled read(String cycleCode) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        return assembler.assemble(cycle, cycles.margins(cycle));
    }

    @Transactional
    public long store(String cycleCode, String actor, LocalDateTime startedAt, LocalDateTime finishedAt,
                      String parameters, ScoringInputAssembler.Assembled assembled, ScoringResult result) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        ScoringRun run = new ScoringRun(cycle.id(), actor, startedAt, finishedAt, parameters, result.inputDigest(),
                result.outputDigest(), assembled.appraisals(),
                org.minping.core.recompute.ScoringJson.writeInput(assembled.input()).toString());
        em.persist(run);
        em.flush();
        Map<String, Long> agencyIds = new HashMap<>();
        for (Object[] row : rows("SELECT code, id FROM agency")) {
            agencyIds.put((String) row[0], ((Number) row[1]).longValue());
        }
        for (AgencyResult agency : result.agencies()) {
            long agencyId = agencyIds.get(agency.agency());
            WeightedEstimate overall = agency.indicators().stream()
                    .filter(i -> i.indicator().equals(ScoringInputAssembler.OVERALL))
                    .map(IndicatorResult::publicEstimate).flatMap(java.util.Optional::stream).findFirst().orElse(null);
            em.createNativeQuery("""
                    INSERT INTO scoring_result (run_id, agency_id, track_code, score, published_score, grade, rank_in_track,
                      rank_low, rank_high, incomplete, insufficient_sample, public_mean, public_lower, public_upper,
                      public_effective_n, public_respondents)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .setParameter(1, run.id()).setParameter(2, agencyId).setParameter(3, agency.track())
                    .setParameter(4, agency.isScored() ? agency.score() : null)
                    .setParameter(5, agency.published()).setParameter(6, agency.grade())
                    .setParameter(7, agency.rank()).setParameter(8, agency.rankLow()).setParameter(9, agency.rankHigh())
                    .setParameter(10, agency.incomplete()).setParameter(11, agency.insufficientSample())
                    .setParameter(12, overall == null ? null : overall.mean())
                    .setParameter(13, overall == null ? null : overall.lower())
                    .setParameter(14, overall == null ? null : overall.upper())
                    .setParameter(15, overall == null ? null : overall.effectiveSampleSize())
                    .setParameter(16, overall == null ? null : overall.respondents())
                    .executeUpdate();
            List<Contribution> terms = agency.decomposition();
            for (int position = 0; position < terms.size(); position++) {
                Contribution term = terms.get(position);
                em.createNativeQuery("""
                        INSERT INTO scoring_contribution (run_id, agency_id, position, indicator_code, source, reason, points)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .setParameter(1, run.id()).setParameter(2, agencyId).setParameter(3, position)
                        .setParameter(4, term.indicator()).setParameter(5, term.source() == null ? null : term.source().name())
                        .setParameter(6, term.adjustmentReason()).setParameter(7, term.points())
                        .executeUpdate();
            }
        }
        audit.append(actor, "scoring.run", "cycle:" + cycleCode + "/run:" + run.id(), Map.of(
                "inputDigest", result.inputDigest(), "outputDigest", result.outputDigest(),
                "appraisals", Long.toString(assembled.appraisals())));
        return run.id();
    }

    /** The input JSON of a cycle's published run. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String publishedInput(String cycleCode) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        long runId = cycle.publishedRunId()
                .orElseThrow(() -> new CycleNotFoundException("cycle " + cycleCode + " has no published result"));
        return em.find(ScoringRun.class, runId).inputJson();
    }

    /** Makes the run its cycle's public result. */
    @Transactional
    public void publish(long runId, String actor) {
        ScoringRun run = em.find(ScoringRun.class, runId);
        if (run == null) {
            throw new CycleNotFoundException("no scoring run " + runId);
        }
        EvaluationCycle cycle = em.find(EvaluationCycle.class, run.cycleId());
        cycle.publish(runId);
        audit.append(actor, "scoring.publish", "cycle:" + cycle.code() + "/run:" + runId, Map.of(
                "inputDigest", run.inputDigest(), "outputDigest", run.outputDigest()));
    }

    private List<Object[]> rows(String sql) {
        return org.minping.core.shared.NativeSql.rows(em, sql);
    }
}
