package org.minping.core.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.minping.core.cycle.CycleRepository;
import org.minping.core.cycle.EvaluationCycle;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;

/** Tells, before a run, whether a cycle's appraisals can be weighted to its margins ({@link WeightingReadiness}). */
@ApplicationScoped
public class WeightingCheck {

    /** The overall slice of the cube counts each counted appraisal once, with its respondent attributes. */
    private static final String GROUPS = """
            SELECT NULLIF(c.region, ''), NULLIF(c.age_band, ''), SUM(c.n), SUM(c.w)
            FROM cube_current c
            JOIN indicator i ON i.id = c.indicator_id AND i.overall_satisfaction
            WHERE c.cycle_id = ? AND c.n > 0
            GROUP BY c.region, c.age_band
            """;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    CycleRepository cycles;

    @Transactional(Transactional.TxType.SUPPORTS)
    public WeightingReadiness of(String cycleCode) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        List<WeightingReadiness.Group> groups = new ArrayList<>();
        for (Row row : NativeSql.query(em, GROUPS, cycle.id())) {
            groups.add(new WeightingReadiness.Group(row.string(0), row.string(1), row.longValue(2), row.doubleValue(3)));
        }
        return WeightingReadiness.of(groups, cycles.margins(cycle));
    }
}
