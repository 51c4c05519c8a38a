package org.minping.core.cycle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minping.core.scoring.ScoringException;
import org.minping.core.scoring.WeightingVariable;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * Population margins as administrators give them, one line each (the cycle page's text, or a
 * statistics CSV): a weighting variable, one of its categories, and the category's population share
 * or head count. The text form and the CSV import check lines by these same rules: every problem is
 * named by its line, and counts become shares of their variable's total.
 */
public final class MarginLines {

    /** What the third value of a line is. */
    public enum Measure {
        /** A population share; the shares of a variable sum to 1. */
        SHARE,
        /** A head count (or any non-negative amount); shares are the counts over their variable's total. */
        COUNT
    }

    /** Shares are stored with ten decimals (cycle_margin.share): converted counts are rounded to them. */
    static final int SHARE_SCALE = 10;

    private final Map<String, Set<String>> categories;
    private final Measure measure;
    private final String field;
    private final Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * @param categories the known categories of each weighting variable the portal asks about
     * @param field the field problems are named on ("margins" for the text, "file" for an upload)
     */
    public MarginLines(Map<String, Set<String>> categories, Measure measure, String field) {
        this.categories = Map.copyOf(categories);
        this.measure = measure;
        this.field = field;
    }

    /** Reads one line, numbered as the administrator sees it; its problems are kept. */
    public void add(long line, String variable, String category, String value) {
        String where = "line " + line;
        if (!categories.containsKey(variable)) {
            errors.add(new FieldError(field, "margins.variable", where + ": the variable must be region or ageBand", line));
            return;
        }
        if (!categories.get(variable).contains(category)) {
            errors.add(new FieldError(field, "margins.category", where + ": " + category + " is not a category of " + variable,
                    line, category, variable));
            return;
        }
        BigDecimal amount = number(value);
        if (amount == null) {
            errors.add(measure == Measure.SHARE
                    ? new FieldError(field, "margins.share", where + ": the share must be a number", line)
                    : new FieldError(field, "margins.count", where + ": the count must be a number of 0 or more", line));
            return;
        }
        if (values.computeIfAbsent(variable, v -> new LinkedHashMap<>()).putIfAbsent(category, amount) != null) {
            errors.add(new FieldError(field, "margins.duplicate", where + ": " + variable + "=" + category + " is given twice",
                    line, variable, category));
        }
    }

    /** A line that is not three values. */
    public void malformed(long line) {
        errors.add(new FieldError(field, measure == Measure.SHARE ? "margins.format" : "margins.countFormat",
                "line " + line + ": write variable,category," + (measure == Measure.SHARE ? "share" : "count"), line));
    }

    /** A problem of the whole input (a header, a size), in the order it was found. */
    public void problem(FieldError error) {
        errors.add(error);
    }

    /**
     * The margins, each variable with the shares of its categories (in the order given), or every
     * problem of every line at once.
     *
     * @throws InvalidInputException when any line, or any variable's shares, are wrong
     */
    public List<WeightingVariable> margins() {
        List<WeightingVariable> margins = new ArrayList<>();
        if (errors.isEmpty()) {
            values.forEach((variable, amounts) -> {
                Map<String, Double> shares = measure == Measure.SHARE ? doubles(amounts) : sharesOf(variable, amounts);
                if (shares == null) {
                    return;
                }
                try {
                    margins.add(new WeightingVariable(variable, shares));
                } catch (ScoringException e) {
                    errors.add(new FieldError(field, e.code(), e.getMessage(), e.arguments()));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return margins;
    }

    private static Map<String, Double> doubles(Map<String, BigDecimal> amounts) {
        Map<String, Double> shares = new LinkedHashMap<>();
        amounts.forEach((category, share) -> shares.put(category, share.doubleValue()));
        return shares;
    }

    /**
     * Counts over their total, to the stored ten decimals; what rounding leaves over goes to the
     * largest category, so that the stored shares sum to exactly 1.
     */
    private Map<String, Double> sharesOf(String variable, Map<String, BigDecimal> counts) {
        BigDecimal total = counts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            errors.add(new FieldError(field, "margins.countTotal", "the counts of " + variable + " add up to 0", variable));
            return null;
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        String largest = null;
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> count : counts.entrySet()) {
            BigDecimal share = count.getValue().divide(total, MathContext.DECIMAL128).setScale(SHARE_SCALE, RoundingMode.HALF_EVEN);
            shares.put(count.getKey(), share);
            sum = sum.add(share);
            if (largest == null || count.getValue().compareTo(counts.get(largest)) > 0) {
                largest = count.getKey();
            }
        }
        shares.merge(largest, BigDecimal.ONE.subtract(sum), BigDecimal::add);
        return doubles(shares);
    }

    /** A finite decimal; counts must also be 0 or more (negative shares are named by the engine's own check). */
    private BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            return measure == Measure.COUNT && number.signum() < 0 ? null : number;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
