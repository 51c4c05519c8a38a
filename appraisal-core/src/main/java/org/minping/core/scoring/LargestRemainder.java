package org.minping.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds the terms of a decomposition to the published score's 2 decimals so that they add up to
 * the published score, as a reader adds them: each term is cut down to hundredths, and the hundredths
 * still missing go to the terms with the largest remainders (the earlier term on a tie).
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /** The terms in hundredths (scale 2), in their order, summing to {@code total} exactly. */
    public static List<BigDecimal> round(List<Double> terms, BigDecimal total) {
        if (terms.isEmpty()) {
            return List.of();
        }
        List<BigDecimal> floors = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (double term : terms) {
            Checks.finite(term, "a term of the decomposition");
            BigDecimal exact = new BigDecimal(term);
            BigDecimal floor = exact.setScale(2, RoundingMode.FLOOR);
            floors.add(floor);
            remainders.add(exact.subtract(floor));
            sum = sum.add(floor);
        }
        long missing = total.setScale(2, RoundingMode.UNNECESSARY).subtract(sum).movePointRight(2).longValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            order.add(i);
        }
        // Largest remainder first; hundredths are taken back from the smallest when the floors overshoot.
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        BigDecimal step = missing >= 0 ? new BigDecimal("0.01") : new BigDecimal("-0.01");
        for (long k = 0; k < Math.abs(missing); k++) {
            int at = missing >= 0 ? order.get((int) (k % terms.size())) : order.get(terms.size() - 1 - (int) (k % terms.size()));
            floors.set(at, floors.get(at).add(step));
        }
        return List.copyOf(floors);
    }
}
