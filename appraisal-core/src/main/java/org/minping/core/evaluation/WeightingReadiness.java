package org.minping.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minping.core.scoring.Raking;
import org.minping.core.scoring.ScoringException;
import org.minping.core.scoring.Stratum;
import org.minping.core.scoring.WeightingVariable;
import org.minping.core.shared.FieldError;

/**
 * Whether a cycle's counted appraisals can be weighted to its population margins, told before a run:
 * how many appraisals count, how many state a region, an age band and every weighting variable of
 * the margins, and the problem raking would fail on (null when it would not).
 */
public record WeightingReadiness(boolean hasMargins, long appraisals, long statingRegion, long statingAgeBand,
                                 long statingAll, FieldError problem) {

    /** The counted appraisals of one combination of respondent attributes (null: not stated), with their trust weights. */
    public record Group(String region, String ageBand, long appraisals, double weight) {

        String category(String variable) {
            return switch (variable) {
                case "region" -> region;
                case "ageBand" -> ageBand;
                default -> null;
            };
        }
    }

    /** True when a run as set can weight (or the cycle has no margins and weights nothing). */
    public boolean weightable() {
        return problem == null;
    }

    /** What the appraisals of the groups allow with these margins: raking's own consistency check. */
    public static WeightingReadiness of(List<Group> groups, List<WeightingVariable> margins) {
        long appraisals = 0;
        long region = 0;
        long ageBand = 0;
        long all = 0;
        Map<Stratum, Double> baseTotals = new TreeMap<>();
        for (Group group : groups) {
            appraisals += group.appraisals();
            region += group.region() == null ? 0 : group.appraisals();
            ageBand += group.ageBand() == null ? 0 : group.appraisals();
            List<String> categories = new ArrayList<>();
            for (WeightingVariable variable : margins) {
                categories.add(group.category(variable.name()));
            }
            Stratum stratum = new Stratum(categories);
            if (!margins.isEmpty() && stratum.isComplete(margins.size())) {
                all += group.appraisals();
            }
            baseTotals.merge(stratum, group.weight(), Double::sum);
        }
        FieldError problem = null;
        try {
            Raking.checkRakeable(baseTotals, margins);
        } catch (ScoringException e) {
            problem = new FieldError("cycle", e.code(), e.getMessage(), e.arguments());
        }
        return new WeightingReadiness(!margins.isEmpty(), appraisals, region, ageBand, all, problem);
    }
}
