package org.minping.core.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minping.core.audit.AuditLog;
import org.minping.core.scoring.Source;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;

/**
 * How much each source (internal assessment, public appraisal, third-party evaluation, expert
 * review) counts in each leaf indicator of a cycle. Administrators edit them as text, one
 * {@code track,indicator,source,weight} line each; a leaf the cycle does not set keeps its track
 * template's weights. Callers check the cycle:manage permission.
 */
@ApplicationScoped
public class SourceWeightService {

    /** Sums of a leaf's weights may differ from 1 by rounding of six-decimal input, no more. */
    private static final BigDecimal SUM_TOLERANCE = new BigDecimal("0.000001");

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    CycleRepository cycles;

    @Inject
    AuditLog audit;

    @Inject
    FrozenSettings frozen;

    /**
     * SQL for the weight a source has in the leaf {@code i} in a cycle, as scoring runs take it: the
     * cycle's lines where it sets the leaf (a source it leaves out weighs 0 there), else the track
     * template's. Every place that asks "does this source count here?" uses this one rule.
     *
     * @param cycleId an SQL expression for the cycle's id: {@code ?} (then bound twice) or a column
     * @return the expression, on lines of its own, so that it concatenates safely
     */
    public static String effectiveWeight(String cycleId, Source source) {
        return """
                COALESCE((SELECT ew.weight FROM cycle_source_weight ew
                          WHERE ew.cycle_id = %1$s AND ew.indicator_id = i.id AND ew.source = '%2$s'),
                         CASE WHEN EXISTS (SELECT 1 FROM cycle_source_weight eo WHERE eo.cycle_id = %1$s AND eo.indicator_id = i.id)
                              THEN 0
                              ELSE (SELECT et.weight FROM indicator_source_weight et WHERE et.indicator_id = i.id AND et.source = '%2$s')
                         END, 0)""".formatted(cycleId, source.name()).indent(1);
    }

    /**
     * A leaf indicator of a version the cycle binds; track is the binding's label: the track's code,
     * or "track/kind" for the version bound for one kind of agency within the track.
     */
    private record Leaf(String track, String code, long id, boolean ratedByCitizens) {
    }

    /** The weights in force for the cycle, every leaf of every track, as the editor shows them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String weightsText(String cycleCode) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        StringBuilder text = new StringBuilder();
        for (Row row : NativeSql.query(em, """
                SELECT CASE WHEN b.agency_kind = '' THEN t.code ELSE CONCAT(t.code, '/', b.agency_kind) END, i.code, w.source, w.weight
                FROM indicator i
                JOIN cycle_indicator_system b ON b.system_id = i.system_id AND b.cycle_id = ?
                JOIN pilot_track t ON t.id = b.track_id
                JOIN (SELECT indicator_id, source, weight FROM cycle_source_weight WHERE cycle_id = ?
                      UNION ALL
                      SELECT d.indicator_id, d.source, d.weight FROM indicator_source_weight d
                      WHERE NOT EXISTS (SELECT 1 FROM cycle_source_weight o WHERE o.cycle_id = ? AND o.indicator_id = d.indicator_id)
                     ) w ON w.indicator_id = i.id
                ORDER BY t.sort_order, b.agency_kind, i.sort_order, i.id, w.source""", cycle.id(), cycle.id(), cycle.id())) {
            text.append(row.string(0)).append(',').append(row.string(1)).append(',').append(row.string(2)).append(',')
                    .append(row.decimal(3).stripTrailingZeros().toPlainString()).append('\n');
        }
        return text.toString();
    }

    /**
     * Sets the cycle's weights from text: the leaves named get exactly the sources given, the
     * others keep their template's; blank text returns every leaf to its template. Everything is
     * checked first, and nothing is stored unless every line and every leaf's sum is right.
     */
    @Transactional
    public void replaceWeights(String cycleCode, String text, String actor) {
        EvaluationCycle cycle = cycles.lockByCode(cycleCode);
        frozen.requireDraft(cycle, "sourceWeights", actor);
        Map<String, Leaf> leaves = leaves(cycle.id());
        List<FieldError> errors = new ArrayList<>();
        Map<Leaf, Map<Source, BigDecimal>> weights = new LinkedHashMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int number = i + 1;
            String where = "line " + number + ": ";
            String[] parts = line.split("\\s*,\\s*");
            if (parts.length != 4) {
                errors.add(error("weights.format", where + "write track,indicator,source,weight", number));
                continue;
            }
            Leaf leaf = leaves.get(parts[0] + "/" + parts[1]);
            if (leaf == null) {
                errors.add(error("weights.indicator", where + parts[1] + " is not a leaf indicator of track " + parts[0],
                        number, parts[1], parts[0]));
                continue;
            }
            Source source;
            try {
                source = Source.valueOf(parts[2]);
            } catch (IllegalArgumentException e) {
                errors.add(error("weights.source", where + "the source must be INTERNAL, PUBLIC, THIRD_PARTY, EXPERT or STATISTICS", number));
                continue;
            }
            if (source == Source.PUBLIC && !leaf.ratedByCitizens()) {
                errors.add(error("weights.public", where + "citizens do not rate " + leaf.code() + ", so it cannot take PUBLIC weight",
                        number, leaf.code()));
                continue;
            }
            BigDecimal weight;
            try {
                weight = new BigDecimal(parts[3]);
            } catch (NumberFormatException e) {
                weight = null;
            }
            if (weight == null || weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0 || weight.scale() > 6) {
                errors.add(error("weights.weight", where + "the weight must be a number from 0 to 1 with at most 6 decimals", number));
                continue;
            }
            if (weights.computeIfAbsent(leaf, l -> new TreeMap<>()).put(source, weight) != null) {
                errors.add(error("weights.duplicate", where + leaf.track() + "/" + leaf.code() + "/" + source + " is given twice",
                        number, leaf.track() + "/" + leaf.code() + "/" + source));
            }
        }
        weights.forEach((leaf, bySource) -> {
            BigDecimal sum = bySource.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.subtract(BigDecimal.ONE).abs().compareTo(SUM_TOLERANCE) > 0) {
                String total = sum.stripTrailingZeros().toPlainString();
                errors.add(error("weights.sum", leaf.track() + "/" + leaf.code() + ": the weights sum to " + total + ", not 1",
                        leaf.track() + "/" + leaf.code(), total));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("DELETE FROM cycle_source_weight WHERE cycle_id = ?").setParameter(1, cycle.id()).executeUpdate();
        List<Object[]> rows = new ArrayList<>();
        weights.forEach((leaf, bySource) -> bySource.forEach((source, weight) ->
                rows.add(new Object[] {cycle.id(), leaf.id(), source.name(), weight})));
        NativeSql.insertRows(em, "cycle_source_weight", List.of("cycle_id", "indicator_id", "source", "weight"), rows);
        audit.append(actor, "cycle.source-weights", "cycle:" + cycleCode, Map.of("weights", weightsText(cycleCode)));
    }

    /** The leaves of the versions the cycle binds, by binding label ("LOCAL", "LOCAL/DEPARTMENT") and code. */
    private Map<String, Leaf> leaves(long cycleId) {
        Map<String, Leaf> leaves = new LinkedHashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT CASE WHEN b.agency_kind = '' THEN t.code ELSE CONCAT(t.code, '/', b.agency_kind) END, i.code, i.id, i.public_appraisal
                FROM indicator i
                JOIN cycle_indicator_system b ON b.system_id = i.system_id AND b.cycle_id = ?
                JOIN pilot_track t ON t.id = b.track_id
                WHERE NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id)""", cycleId)) {
            Leaf leaf = new Leaf(row.string(0), row.string(1), row.longValue(2), row.bool(3));
            leaves.put(leaf.track() + "/" + leaf.code(), leaf);
        }
        return leaves;
    }

    private static FieldError error(String code, String message, Object... arguments) {
        return new FieldError("sourceWeights", code, message, arguments);
    }
}
