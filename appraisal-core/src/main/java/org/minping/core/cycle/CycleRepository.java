package org.minping.core.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.scoring.WeightingVariable;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;

/** Reads evaluation cycles and their margins. */
@ApplicationScoped
public class CycleRepository {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    public Optional<EvaluationCycle> findByCode(String code) {
        return em.createQuery("SELECT c FROM EvaluationCycle c WHERE c.code = :code", EvaluationCycle.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public EvaluationCycle getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new CycleNotFoundException("no evaluation cycle with code " + code));
    }

    /**
     * The cycle, its row locked until the transaction ends: a change that depends on the cycle's
     * state (opening, closing, a settings change that must happen before opening) sees the state
     * the other such changes leave, one at a time.
     */
    public EvaluationCycle lockByCode(String code) {
        return em.createQuery("SELECT c FROM EvaluationCycle c WHERE c.code = :code", EvaluationCycle.class)
                .setParameter("code", code).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new CycleNotFoundException("no evaluation cycle with code " + code));
    }

    public List<EvaluationCycle> all() {
        return em.createQuery("SELECT c FROM EvaluationCycle c ORDER BY c.periodStart DESC, c.code", EvaluationCycle.class)
                .getResultList();
    }

    /** The cycle's weighting variables in name order ("ageBand", "region", ...), each with its shares. */
    public List<WeightingVariable> margins(EvaluationCycle cycle) {
        Map<String, Map<String, Double>> byVariable = new LinkedHashMap<>();
        for (Row row : NativeSql.query(em,
                "SELECT variable, category, share FROM cycle_margin WHERE cycle_id = ? ORDER BY variable, category", cycle.id())) {
            byVariable.computeIfAbsent(row.string(0), v -> new LinkedHashMap<>())
                    .put(row.string(1), row.doubleValue(2));
        }
        List<WeightingVariable> variables = new ArrayList<>();
        byVariable.forEach((name, shares) -> variables.add(new WeightingVariable(name, shares)));
        return variables;
    }
}
