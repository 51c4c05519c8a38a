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

    public List<EvaluationCycle> all() {
        return em.createQuery("SELECT c FROM EvaluationCycle c ORDER BY c.periodStart DESC, c.code", EvaluationCycle.class)
                .getResultList();
    }

    /** The cycle's weighting variables in name order ("ageBand", "region", ...), each with its shares. */
    public List<WeightingVariable> margins(EvaluationCycle cycle) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT variable, category, share FROM cycle_margin WHERE cycle_id = ? ORDER BY variable, category")
                .setParameter(1, cycle.id()).getResultList();
        Map<String, Map<String, Double>> byVariable = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byVariable.computeIfAbsent((String) row[0], v -> new LinkedHashMap<>())
                    .put((String) row[1], ((Number) row[2]).doubleValue());
        }
        List<WeightingVariable> variables = new ArrayList<>();
        byVariable.forEach((name, shares) -> variables.add(new WeightingVariable(name, shares)));
        return variables;
    }
}
