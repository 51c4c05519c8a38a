package org.minping.core.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.AdminInput;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.StoredTime;

/**
 * Creates cycles and moves them through their states: draft → open → closed (→ scored and
 * published by the scoring run). Every step is audited. Callers check the cycle:manage permission.
 */
@ApplicationScoped
public class CycleLifecycleService {

    private static final int MAX_CODE = 32;
    private static final int MAX_NAME_ZH = 100;
    private static final int MAX_NAME_EN = 200;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    CycleRepository cycles;

    @Inject
    StoredTime time;

    @Inject
    AuditLog audit;

    /**
     * Creates a draft cycle. Without an earlier cycle to copy, it takes the design's default
     * parameters and no margins; its sensitivity draws are seeded by its first day, so a rerun of
     * the same input draws the same.
     *
     * @return the stored code (full-width letters and digits made plain, upper case)
     */
    @Transactional
    public String create(NewCycle spec, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String code = AdminInput.canonicalCode(spec.code(), MAX_CODE).orElse("");
        if (code.isEmpty()) {
            errors.add(new FieldError("code", "cycle.code.format", "the code is 1 to 32 letters, digits or hyphens"));
        } else if (cycles.findByCode(code).isPresent()) {
            errors.add(new FieldError("code", "cycle.code.taken", "a cycle with the code " + code + " exists", code));
        }
        String nameZh = name(errors, "nameZh", spec.nameZh(), MAX_NAME_ZH);
        String nameEn = name(errors, "nameEn", spec.nameEn(), MAX_NAME_EN);
        if (spec.kind() == null) {
            errors.add(new FieldError("kind", "cycle.kind", "choose routine, stage or annual"));
        }
        if (spec.periodStart() == null || spec.periodEnd() == null) {
            errors.add(new FieldError("period", "cycle.period.missing", "give the first and the last day of the period"));
        } else if (spec.periodEnd().isBefore(spec.periodStart())) {
            errors.add(new FieldError("period", "cycle.period.order", "the period ends before it starts"));
        }
        Optional<EvaluationCycle> template = Optional.empty();
        if (spec.copyFrom() != null && !spec.copyFrom().isBlank()) {
            template = cycles.findByCode(spec.copyFrom());
            if (template.isEmpty()) {
                errors.add(new FieldError("copyFrom", "cycle.copyFrom", "no cycle has the code " + spec.copyFrom(), spec.copyFrom()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long seed = Long.parseLong(spec.periodStart().toString().replace("-", ""));
        // INSERT IGNORE: of two administrators creating the same code at once, the second is told it is taken.
        int created;
        if (template.isPresent()) {
            created = em.createNativeQuery("""
                    INSERT IGNORE INTO evaluation_cycle (code, name_zh, name_en, kind, state, period_start, period_end, level_scores,
                      shrinkage_k, min_effective_n, grade_bands, max_bonus, max_deduction, sensitivity_draws, sensitivity_seed)
                    SELECT ?, ?, ?, ?, 'DRAFT', ?, ?, level_scores, shrinkage_k, min_effective_n, grade_bands, max_bonus,
                      max_deduction, sensitivity_draws, ?
                    FROM evaluation_cycle WHERE id = ?""")
                    .setParameter(1, code).setParameter(2, nameZh).setParameter(3, nameEn).setParameter(4, spec.kind().name())
                    .setParameter(5, spec.periodStart()).setParameter(6, spec.periodEnd()).setParameter(7, seed)
                    .setParameter(8, template.get().id()).executeUpdate();
            requireCreated(created, code);
            long id = cycles.getByCode(code).id();
            em.createNativeQuery("INSERT INTO cycle_margin (cycle_id, variable, category, share) "
                    + "SELECT ?, variable, category, share FROM cycle_margin WHERE cycle_id = ?")
                    .setParameter(1, id).setParameter(2, template.get().id()).executeUpdate();
            em.createNativeQuery("INSERT INTO cycle_source_weight (cycle_id, indicator_id, source, weight) "
                    + "SELECT ?, indicator_id, source, weight FROM cycle_source_weight WHERE cycle_id = ?")
                    .setParameter(1, id).setParameter(2, template.get().id()).executeUpdate();
        } else {
            created = em.createNativeQuery("""
                    INSERT IGNORE INTO evaluation_cycle (code, name_zh, name_en, kind, state, period_start, period_end, level_scores,
                      shrinkage_k, min_effective_n, grade_bands, max_bonus, max_deduction, sensitivity_draws, sensitivity_seed)
                    VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, '0,25,50,75,100', 10, 30, '优秀:90,良好:80,合格:60,不合格:-', 5, 5, 200, ?)""")
                    .setParameter(1, code).setParameter(2, nameZh).setParameter(3, nameEn).setParameter(4, spec.kind().name())
                    .setParameter(5, spec.periodStart()).setParameter(6, spec.periodEnd()).setParameter(7, seed).executeUpdate();
            requireCreated(created, code);
        }
        audit.append(actor, "cycle.create", "cycle:" + code, Map.of("kind", spec.kind().name(),
                "periodStart", spec.periodStart().toString(), "periodEnd", spec.periodEnd().toString(),
                "copyFrom", template.map(EvaluationCycle::code).orElse("")));
        return code;
    }

    /** Opens a draft: settings freeze, and appraisals submitted in its period from now on count. */
    @Transactional
    public void open(String cycleCode, String actor) {
        EvaluationCycle cycle = cycles.lockByCode(cycleCode);
        cycle.open(time.now());
        audit.append(actor, "cycle.open", "cycle:" + cycleCode, Map.of("openedAt", cycle.openedAt().orElseThrow().toString()));
    }

    /** Closes an open cycle: appraisals submitted from now on no longer count; it can be run and published. */
    @Transactional
    public void close(String cycleCode, String actor) {
        EvaluationCycle cycle = cycles.lockByCode(cycleCode);
        cycle.close(time.now());
        audit.append(actor, "cycle.close", "cycle:" + cycleCode, Map.of("closedAt", cycle.closedAt().orElseThrow().toString()));
    }

    private static void requireCreated(int created, String code) {
        if (created != 1) {
            throw new InvalidInputException(List.of(new FieldError("code", "cycle.code.taken", "a cycle with the code " + code + " exists",
                    code)));
        }
    }

    private static String name(List<FieldError> errors, String field, String typed, int max) {
        String name = AdminInput.text(typed);
        if (!AdminInput.fits(name, max)) {
            errors.add(new FieldError(field, "cycle.name", field + ": 1 to " + max + " characters", max));
        }
        return name;
    }
}
