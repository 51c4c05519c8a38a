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

    @Inject
    org.minping.core.indicator.IndicatorVersionService indicatorVersions;

    @Inject
    FrozenSettings frozen;

    /**
     * A binding in a cycle: of a track (agencyKind "") or of one kind of agency within it, the version
     * it uses and the versions of the track it could use instead.
     */
    public record Binding(String trackCode, org.minping.core.shared.Localized trackName, String agencyKind, String versionCode,
                          int revision, String versionState, List<VersionChoice> choices) {

        /** "LOCAL" for a track's binding, "LOCAL/DEPARTMENT" for a kind's: as source weights and runs name it. */
        public String key() {
            return agencyKind.isEmpty() ? trackCode : trackCode + "/" + agencyKind;
        }
    }

    /** A kind of agency within a track that could have a version of its own in a cycle: it has agencies there and none yet. */
    public record KindChoice(String trackCode, org.minping.core.shared.Localized trackName, String agencyKind) {

        public String key() {
            return trackCode + "/" + agencyKind;
        }
    }

    /** A version a track could bind: its code, number and state. */
    public record VersionChoice(String code, int revision, String state) {
    }

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
            em.createNativeQuery("INSERT INTO cycle_indicator_system (cycle_id, track_id, agency_kind, system_id) "
                    + "SELECT ?, track_id, agency_kind, system_id FROM cycle_indicator_system WHERE cycle_id = ?")
                    .setParameter(1, id).setParameter(2, template.get().id()).executeUpdate();
        } else {
            created = em.createNativeQuery("""
                    INSERT IGNORE INTO evaluation_cycle (code, name_zh, name_en, kind, state, period_start, period_end, level_scores,
                      shrinkage_k, min_effective_n, grade_bands, max_bonus, max_deduction, sensitivity_draws, sensitivity_seed)
                    VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, '0,25,50,75,100', 10, 30, '优秀:90,良好:80,合格:60,不合格:-', 5, 5, 200, ?)""")
                    .setParameter(1, code).setParameter(2, nameZh).setParameter(3, nameEn).setParameter(4, spec.kind().name())
                    .setParameter(5, spec.periodStart()).setParameter(6, spec.periodEnd()).setParameter(7, seed).executeUpdate();
            requireCreated(created, code);
            // Without a cycle to follow, each track starts on its newest version in use (a draft only
            // where none is): the office picks a draft on purpose, on the cycle's page.
            em.createNativeQuery("""
                    INSERT INTO cycle_indicator_system (cycle_id, track_id, system_id)
                    SELECT c.id, s.track_id, s.id FROM evaluation_cycle c JOIN indicator_system s
                    WHERE c.code = ? AND s.id = (SELECT o.id FROM indicator_system o WHERE o.track_id = s.track_id
                                                 ORDER BY o.state = 'FROZEN' DESC, o.revision DESC LIMIT 1)""")
                    .setParameter(1, code).executeUpdate();
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
        indicatorVersions.freezeBoundTo(cycle.id(), time.now());
        audit.append(actor, "cycle.open", "cycle:" + cycleCode, Map.of("openedAt", cycle.openedAt().orElseThrow().toString()));
    }

    /** Closes an open cycle: appraisals submitted from now on no longer count; it can be run and published. */
    @Transactional
    public void close(String cycleCode, String actor) {
        EvaluationCycle cycle = cycles.lockByCode(cycleCode);
        cycle.close(time.now());
        audit.append(actor, "cycle.close", "cycle:" + cycleCode, Map.of("closedAt", cycle.closedAt().orElseThrow().toString()));
    }

    /**
     * Each track's indicator-system version in the cycle, then those bound for kinds of agency
     * within it, with the versions of the track each could bind instead.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Binding> bindings(String cycleCode) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        java.util.Map<String, List<VersionChoice>> choices = new java.util.HashMap<>();
        for (org.minping.core.shared.Row row : org.minping.core.shared.NativeSql.query(em, """
                SELECT t.code, s.code, s.revision, s.state FROM indicator_system s
                JOIN pilot_track t ON t.id = s.track_id ORDER BY s.revision""")) {
            choices.computeIfAbsent(row.string(0), t -> new ArrayList<>()).add(new VersionChoice(row.string(1), row.intValue(2),
                    row.string(3)));
        }
        return org.minping.core.shared.NativeSql.query(em, """
                SELECT t.code, t.name_zh, t.name_en, b.agency_kind, s.code, s.revision, s.state FROM cycle_indicator_system b
                JOIN pilot_track t ON t.id = b.track_id JOIN indicator_system s ON s.id = b.system_id
                WHERE b.cycle_id = ? ORDER BY t.sort_order, t.code, b.agency_kind""", cycle.id()).stream()
                .map(row -> new Binding(row.string(0), new org.minping.core.shared.Localized(row.string(1), row.string(2)), row.string(3),
                        row.string(4), row.intValue(5), row.string(6), choices.getOrDefault(row.string(0), List.of())))
                .toList();
    }

    /** The kinds of agency, by track, that have agencies there and no version of their own in the cycle yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KindChoice> kindChoices(String cycleCode) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        return org.minping.core.shared.NativeSql.query(em, """
                SELECT DISTINCT t.code, t.name_zh, t.name_en, a.kind, t.sort_order FROM agency a JOIN pilot_track t ON t.id = a.track_id
                WHERE NOT EXISTS (SELECT 1 FROM cycle_indicator_system b WHERE b.cycle_id = ? AND b.track_id = t.id
                                  AND b.agency_kind = a.kind)
                ORDER BY t.sort_order, t.code, a.kind""", cycle.id()).stream()
                .map(row -> new KindChoice(row.string(0), new org.minping.core.shared.Localized(row.string(1), row.string(2)),
                        row.string(3)))
                .toList();
    }

    /**
     * Binds another version of a track's indicator system to a draft cycle, for the whole track
     * (agencyKind "") or for one kind of agency within it; a kind bound to the track's own version
     * follows the track again. What the cycle already holds against indicators of versions its
     * agencies no longer use (source weights, imported scores) moves to the indicators of the same
     * code in the versions they use now; what has no such indicator there goes. Refused, and
     * recorded, once the cycle has opened.
     */
    @Transactional
    public void bind(String cycleCode, String trackCode, String agencyKind, String versionCode, String actor) {
        EvaluationCycle cycle = cycles.lockByCode(cycleCode);
        frozen.requireDraft(cycle, "indicatorSystems", actor);
        String kind = requireKind(agencyKind);
        List<org.minping.core.shared.Row> version = org.minping.core.shared.NativeSql.query(em, """
                SELECT s.id, t.id, d.system_id, k.system_id FROM indicator_system s JOIN pilot_track t ON t.id = s.track_id
                LEFT JOIN cycle_indicator_system d ON d.cycle_id = ? AND d.track_id = t.id AND d.agency_kind = ''
                LEFT JOIN cycle_indicator_system k ON k.cycle_id = d.cycle_id AND k.track_id = t.id AND k.agency_kind = ?
                WHERE s.code = ? AND t.code = ?""", cycle.id(), kind, String.valueOf(versionCode).strip(),
                String.valueOf(trackCode).strip());
        if (version.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("version", "cycle.bind.version",
                    "the track " + trackCode + " has no indicator-system version " + versionCode, String.valueOf(versionCode),
                    String.valueOf(trackCode))));
        }
        long system = version.get(0).longValue(0);
        long track = version.get(0).longValue(1);
        Long trackSystem = version.get(0).nullableLong(2);
        // The version the agencies concerned used until now: their kind's, else the track's.
        Long before = version.get(0).isNull(3) ? trackSystem : version.get(0).nullableLong(3);
        if (!kind.isEmpty() && trackSystem != null && trackSystem == system) {
            em.createNativeQuery("DELETE FROM cycle_indicator_system WHERE cycle_id = ? AND track_id = ? AND agency_kind = ?")
                    .setParameter(1, cycle.id()).setParameter(2, track).setParameter(3, kind).executeUpdate();
        } else {
            em.createNativeQuery("""
                    INSERT INTO cycle_indicator_system (cycle_id, track_id, agency_kind, system_id) VALUES (?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE system_id = VALUES(system_id)""")
                    .setParameter(1, cycle.id()).setParameter(2, track).setParameter(3, kind).setParameter(4, system).executeUpdate();
            if (kind.isEmpty()) {
                // A kind bound to what is now the track's version has nothing of its own any more.
                em.createNativeQuery("DELETE FROM cycle_indicator_system WHERE cycle_id = ? AND track_id = ? AND agency_kind <> ''"
                        + " AND system_id = ?").setParameter(1, cycle.id()).setParameter(2, track).setParameter(3, system).executeUpdate();
            }
        }
        followBindings(cycle.id(), before, system);
        audit.append(actor, "cycle.indicator-system", "cycle:" + cycle.code(), Map.of("track", trackCode.strip(),
                "agencyKind", kind, "version", versionCode.strip()));
    }

    /** Lets a kind of agency follow its track's version again in a draft cycle. */
    @Transactional
    public void unbindKind(String cycleCode, String trackCode, String agencyKind, String actor) {
        EvaluationCycle cycle = cycles.lockByCode(cycleCode);
        frozen.requireDraft(cycle, "indicatorSystems", actor);
        String kind = requireKind(agencyKind);
        if (kind.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("agencyKind", "cycle.bind.kind",
                    "a track always has a version; pick another one instead", "")));
        }
        int removed = em.createNativeQuery("""
                DELETE b FROM cycle_indicator_system b JOIN pilot_track t ON t.id = b.track_id
                WHERE b.cycle_id = ? AND t.code = ? AND b.agency_kind = ?""")
                .setParameter(1, cycle.id()).setParameter(2, String.valueOf(trackCode).strip()).setParameter(3, kind).executeUpdate();
        if (removed > 0) {
            followBindings(cycle.id(), null, null);
            audit.append(actor, "cycle.indicator-system", "cycle:" + cycle.code(), Map.of("track", trackCode.strip(),
                    "agencyKind", kind, "version", ""));
        }
    }

    /** "" for a track's binding, else one of the kinds of agency; anything else is refused by name. */
    private static String requireKind(String agencyKind) {
        String kind = agencyKind == null ? "" : agencyKind.strip();
        if (!kind.isEmpty() && java.util.Arrays.stream(org.minping.core.agency.AgencyKind.values()).noneMatch(k -> k.name().equals(kind))) {
            throw new InvalidInputException(List.of(new FieldError("agencyKind", "cycle.bind.kind",
                    "there is no kind of agency " + kind, kind)));
        }
        return kind;
    }

    /**
     * After a binding changed: imported scores move to the indicator of the same code in the version
     * their agency now uses (the others go); the source weights the cycle set for the version the
     * agencies concerned used before are carried by code to the one they use now, where it has none
     * of its own, before those of versions no longer bound go.
     */
    private void followBindings(long cycleId, Long before, Long now) {
        em.createNativeQuery("""
                UPDATE IGNORE imported_score x
                JOIN cycle_agency_system v ON v.cycle_id = x.cycle_id AND v.agency_id = x.agency_id
                JOIN indicator o ON o.id = x.indicator_id AND o.system_id <> v.system_id
                JOIN indicator n ON n.system_id = v.system_id AND n.code = o.code
                SET x.indicator_id = n.id WHERE x.cycle_id = ?""").setParameter(1, cycleId).executeUpdate();
        em.createNativeQuery("""
                DELETE x FROM imported_score x
                JOIN cycle_agency_system v ON v.cycle_id = x.cycle_id AND v.agency_id = x.agency_id
                JOIN indicator o ON o.id = x.indicator_id AND o.system_id <> v.system_id
                WHERE x.cycle_id = ?""").setParameter(1, cycleId).executeUpdate();
        if (before != null && now != null && !before.equals(now)) {
            em.createNativeQuery("""
                    INSERT IGNORE INTO cycle_source_weight (cycle_id, indicator_id, source, weight)
                    SELECT w.cycle_id, n.id, w.source, w.weight FROM cycle_source_weight w
                    JOIN indicator o ON o.id = w.indicator_id AND o.system_id = ?
                    JOIN indicator n ON n.system_id = ? AND n.code = o.code
                    WHERE w.cycle_id = ?
                      AND NOT EXISTS (SELECT 1 FROM cycle_source_weight m WHERE m.cycle_id = w.cycle_id AND m.indicator_id = n.id)""")
                    .setParameter(1, before).setParameter(2, now).setParameter(3, cycleId).executeUpdate();
        }
        em.createNativeQuery("""
                DELETE w FROM cycle_source_weight w JOIN indicator o ON o.id = w.indicator_id
                WHERE w.cycle_id = ? AND NOT EXISTS (SELECT 1 FROM cycle_indicator_system b
                                                     WHERE b.cycle_id = w.cycle_id AND b.system_id = o.system_id)""")
                .setParameter(1, cycleId).executeUpdate();
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
