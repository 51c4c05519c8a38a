package org.minping.core.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.minping.core.appraisal.AgeBand;
import org.minping.core.scoring.ScoringException;
import org.minping.core.scoring.Sensitivity;
import org.minping.core.scoring.Source;
import org.minping.core.scoring.TargetNormalization;
import org.minping.core.scoring.WeightingVariable;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.LeafScoreCsv;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * What administrators set for a cycle before scoring it: the population margins, internal
 * assessment scores (CSV import) and bonus / deduction items. Every change validates the whole
 * input first and stores nothing when any part is wrong. Callers check the cycle:manage permission.
 */
@ApplicationScoped
public class CycleAdminService {

    static final int MAX_IMPORT_ROWS = 100_000;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    CycleRepository cycles;

    @Inject
    StoredTime time;

    @Inject
    org.minping.core.audit.AuditLog audit;

    @Inject
    FrozenSettings frozen;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CycleParameters parameters(String cycleCode) {
        return cycles.getByCode(cycleCode).editableParameters();
    }

    /** Checks every parameter and stores them all, or none with every problem named. */
    @Transactional
    public void updateParameters(String cycleCode, CycleParameters parameters, String actor) {
        EvaluationCycle cycle = cycles.lockByCode(cycleCode);
        frozen.requireDraft(cycle, "parameters", actor);
        List<FieldError> errors = new ArrayList<>();
        check(errors, "levelScores", "levelScale.numbers", () -> EvaluationCycle.parseLevelScores(parameters.levelScores()));
        check(errors, "gradeBands", "gradeBands.numbers", () -> EvaluationCycle.parseGradeBands(parameters.gradeBands()));
        nonNegative(errors, "shrinkageK", "parameter.shrinkageK", parameters.shrinkageK());
        nonNegative(errors, "minEffectiveN", "parameter.minEffectiveN", parameters.minEffectiveN());
        nonNegative(errors, "maxBonus", "parameter.maxBonus", parameters.maxBonus());
        nonNegative(errors, "maxDeduction", "parameter.maxDeduction", parameters.maxDeduction());
        if (parameters.sensitivityDraws() < 0 || parameters.sensitivityDraws() > Sensitivity.MAX_DRAWS) {
            errors.add(new FieldError("sensitivityDraws", "parameter.range",
                    "sensitivityDraws must be from 0 to " + Sensitivity.MAX_DRAWS, Sensitivity.MAX_DRAWS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        cycle.configure(parameters);
        audit.append(actor, "cycle.parameters", "cycle:" + cycleCode, Map.of(
                "levelScores", parameters.levelScores(), "shrinkageK", parameters.shrinkageK().toPlainString(),
                "minEffectiveN", parameters.minEffectiveN().toPlainString(), "gradeBands", parameters.gradeBands(),
                "maxBonus", parameters.maxBonus().toPlainString(), "maxDeduction", parameters.maxDeduction().toPlainString(),
                "sensitivityDraws", Integer.toString(parameters.sensitivityDraws())));
    }

    /**
     * Parses a parameter; the engine's own problem with it keeps its code, anything else that
     * cannot be read is {@code code}.
     */
    private static void check(List<FieldError> errors, String field, String code, Runnable parse) {
        try {
            parse.run();
        } catch (ScoringException e) {
            errors.add(new FieldError(field, e.code(), field + ": " + e.getMessage(), e.arguments()));
        } catch (NullPointerException | IllegalArgumentException e) {
            errors.add(new FieldError(field, code, field + ": not a valid list of numbers"));
        }
    }

    private static void nonNegative(List<FieldError> errors, String field, String code, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            errors.add(new FieldError(field, code, field + " must be a number of 0 or more"));
        }
    }

    /** The margins as administrators edit them: one "variable,category,share" line each. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String marginsText(String cycleCode) {
        StringBuilder text = new StringBuilder();
        for (WeightingVariable variable : cycles.margins(cycles.getByCode(cycleCode))) {
            new TreeMap<>(variable.populationShares()).forEach((category, share) ->
                    text.append(variable.name()).append(',').append(category).append(',')
                            .append(BigDecimal.valueOf(share).stripTrailingZeros().toPlainString()).append('\n'));
        }
        return text.toString();
    }

    /** Replaces the cycle's margins; blank text removes them (no raking). */
    @Transactional
    public void replaceMargins(String cycleCode, String text, String actor) {
        EvaluationCycle cycle = cycles.lockByCode(cycleCode);
        frozen.requireDraft(cycle, "margins", actor);
        MarginLines margins = new MarginLines(weightingCategories(), MarginLines.Measure.SHARE, "margins");
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s*,\\s*");
            if (parts.length != 3) {
                margins.malformed(i + 1);
            } else {
                margins.add(i + 1, parts[0], parts[1], parts[2]);
            }
        }
        storeMargins(cycle, margins.margins(), actor, Map.of());
    }

    /**
     * Replaces the cycle's margins by those of a statistics CSV ({@link MarginsCsv}: shares, or
     * counts turned into shares); nothing is stored when any line is wrong.
     *
     * @return the number of categories stored
     */
    @Transactional
    public int importMargins(String cycleCode, Reader csv, String actor) throws IOException {
        EvaluationCycle cycle = cycles.lockByCode(cycleCode);
        frozen.requireDraft(cycle, "margins", actor);
        List<WeightingVariable> margins = MarginsCsv.read(csv, weightingCategories());
        storeMargins(cycle, margins, actor, Map.of("source", "csv"));
        return margins.stream().mapToInt(variable -> variable.populationShares().size()).sum();
    }

    /** The categories respondents can state for each weighting variable: the regions, the age bands. */
    private Map<String, Set<String>> weightingCategories() {
        Set<String> regions = new HashSet<>();
        for (Row row : NativeSql.query(em, "SELECT code FROM region")) {
            regions.add(row.string(0));
        }
        Set<String> ageBands = Arrays.stream(AgeBand.values()).map(AgeBand::code).collect(Collectors.toSet());
        return Map.of("region", regions, "ageBand", ageBands);
    }

    /** Stores checked margins in place of the cycle's, and audits what the cycle now has. */
    private void storeMargins(EvaluationCycle cycle, List<WeightingVariable> margins, String actor, Map<String, String> details) {
        em.createNativeQuery("DELETE FROM cycle_margin WHERE cycle_id = ?").setParameter(1, cycle.id()).executeUpdate();
        margins.forEach(variable -> variable.populationShares().forEach((category, share) ->
                em.createNativeQuery("INSERT INTO cycle_margin (cycle_id, variable, category, share) VALUES (?, ?, ?, ?)")
                        .setParameter(1, cycle.id()).setParameter(2, variable.name()).setParameter(3, category)
                        .setParameter(4, BigDecimal.valueOf(share)).executeUpdate()));
        Map<String, String> audited = new TreeMap<>(details);
        audited.put("margins", marginsText(cycle.code()));
        audit.append(actor, "cycle.margins", "cycle:" + cycle.code(), audited);
    }

    /**
     * Imports internal assessment scores from CSV with the header {@code agency,indicator,score}:
     * an agency code, a leaf indicator of that agency's system, a score from 0 to 100; or with the
     * header {@code agency,indicator,value,target,challenge}: a raw value normalized to a score by
     * {@link TargetNormalization}. A score
     * already present for the agency and indicator is replaced. Every problem is reported with its
     * row; nothing is stored unless every row is valid.
     *
     * @return the number of scores stored
     */
    @Transactional
    public int importInternalScores(String cycleCode, Reader csv, String actor) throws IOException {
        return importScores(cycleCode, Source.INTERNAL, csv, actor);
    }

    /**
     * Imports the statistics departments' figures 统计数据 as scores of the STATISTICS source, in the
     * formats and with the checks of {@link #importInternalScores}.
     *
     * @return the number of scores stored
     */
    @Transactional
    public int importStatistics(String cycleCode, Reader csv, String actor) throws IOException {
        return importScores(cycleCode, Source.STATISTICS, csv, actor);
    }

    private int importScores(String cycleCode, Source source, Reader csv, String actor) throws IOException {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        Map<String, Long> agencyIds = new HashMap<>();
        Map<String, Map<String, Long>> leavesByAgency = leaves(cycle.id(), agencyIds);
        List<FieldError> errors = new ArrayList<>();
        List<Object[]> rows = LeafScoreCsv.read(csv, new LeafScoreCsv.Rules(
                List.of(List.of("agency", "indicator", "value", "target", "challenge"), List.of("agency", "indicator", "score")),
                agencyIds, leavesByAgency, agency -> null, CycleAdminService::scoreOf, MAX_IMPORT_ROWS), errors).stream()
                .map(row -> new Object[] {row.agencyId(), row.indicatorId(), row.score()}).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDateTime now = time.now();
        // Up to 100,000 rows: multi-row statements, not one round trip per score.
        NativeSql.insertRows(em, "imported_score", List.of("cycle_id", "agency_id", "indicator_id", "source", "score", "imported_at"),
                rows.stream().map(row -> new Object[] {cycle.id(), row[0], row[1], source.name(), row[2], now}).toList(),
                " ON DUPLICATE KEY UPDATE score = VALUES(score), imported_at = VALUES(imported_at)");
        audit.append(actor, source == Source.INTERNAL ? "import.internal-scores" : "import.statistics", "cycle:" + cycleCode,
                Map.of("rows", Integer.toString(rows.size()), "sha256", importDigest(rows)));
        return rows.size();
    }

    /**
     * The score of a row: the score column, or a raw value with its target and challenge as a score
     * from 0 to 100 ({@link TargetNormalization}), to 4 decimals.
     */
    private static BigDecimal scoreOf(CSVRecord record) {
        if (!record.isMapped("value")) {
            return LeafScoreCsv.scoreColumn(record);
        }
        try {
            double score = TargetNormalization.score(Double.parseDouble(record.get("value")), Double.parseDouble(record.get("target")),
                    Double.parseDouble(record.get("challenge")));
            return BigDecimal.valueOf(score).setScale(4, java.math.RoundingMode.HALF_EVEN);
        } catch (NumberFormatException e) {
            throw new LeafScoreCsv.UnreadableScore("csv.valueNumber", ", columns value, target, challenge: not a number", List.of());
        } catch (ScoringException e) {
            throw new LeafScoreCsv.UnreadableScore(e.code(), ": " + e.getMessage(), e.arguments());
        }
    }

    /** A bonus (positive points) or deduction (negative) item for an agency, with its reason. */
    @Transactional
    public void addAdjustment(String cycleCode, String agencyCode, String reason, BigDecimal points, String actor) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        List<FieldError> errors = new ArrayList<>();
        List<?> agency = em.createNativeQuery("SELECT id FROM agency WHERE code = ?").setParameter(1, agencyCode).getResultList();
        if (agency.isEmpty()) {
            errors.add(new FieldError("agency", "agency.unknown", "no agency has the code " + agencyCode, String.valueOf(agencyCode)));
        }
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            errors.add(new FieldError("reason", "adjustment.reason", "a reason of at most 200 characters is required"));
        }
        if (points == null || points.signum() == 0 || points.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(new FieldError("points", "adjustment.points", "points must be non-zero and at most 100 either way"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("INSERT INTO score_adjustment (cycle_id, agency_id, reason, points) VALUES (?, ?, ?, ?)")
                .setParameter(1, cycle.id()).setParameter(2, ((Number) agency.get(0)).longValue())
                .setParameter(3, reason.strip()).setParameter(4, points).executeUpdate();
        audit.append(actor, "cycle.adjustment", "cycle:" + cycleCode + "/agency:" + agencyCode, Map.of(
                "reason", reason.strip(), "points", points.toPlainString()));
    }

    /** SHA-256 of what an import stored, row by row: the audit event pins the imported content. */
    private static String importDigest(List<Object[]> rows) {
        StringBuilder text = new StringBuilder();
        for (Object[] row : rows) {
            text.append(row[0]).append(',').append(row[1]).append(',').append(((BigDecimal) row[2]).toPlainString()).append('\n');
        }
        return org.minping.core.shared.Sha256.hex(text.toString());
    }

    /** Agency code → (leaf indicator code → id) of the version the cycle binds for the agency (its kind's, else its track's). */
    private Map<String, Map<String, Long>> leaves(long cycleId, Map<String, Long> agencyIds) {
        Map<String, Map<String, Long>> leaves = new HashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT a.code, a.id, i.code, i.id FROM agency a
                JOIN cycle_agency_system b ON b.agency_id = a.id AND b.cycle_id = ?
                JOIN indicator i ON i.system_id = b.system_id
                WHERE NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id)""", cycleId)) {
            agencyIds.put(row.string(0), row.longValue(1));
            leaves.computeIfAbsent(row.string(0), a -> new HashMap<>()).put(row.string(2), row.longValue(3));
        }
        return leaves;
    }
}
