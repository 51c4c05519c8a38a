package org.minping.core.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minping.core.evaluation.RankedAgency;

/**
 * Suppression of small counts in published tables: a count of fewer than the minimum of raters
 * ({@link RankedAgency#satisfactionShown}, the one rule of the public pages) is published empty and
 * flagged. Within a group of cells that add up to a total (one agency, indicator and category over
 * the five levels), a single suppressed cell could be recovered from the total, so the smallest
 * other shown cell of that group is suppressed too (complementary suppression within the group;
 * totals across groups, e.g. all regions against one, are not protected by it).
 */
public final class SmallCells {

    /** Why a cell is empty: below the minimum itself, or suppressed so that such a cell cannot be recomputed. */
    public enum Suppression {
        NONE, SMALL, COMPLEMENTARY
    }

    /** A count in its group; {@code group} names the cells that add up together. */
    public record Cell(String group, long count) {
    }

    private SmallCells() {
    }

    /** The suppression of each cell, in the order given. */
    public static List<Suppression> suppress(List<Cell> cells, int minimum) {
        List<Suppression> result = new ArrayList<>();
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            result.add(RankedAgency.satisfactionShown(cell.count(), minimum) ? Suppression.NONE : Suppression.SMALL);
            groups.computeIfAbsent(cell.group(), g -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : groups.values()) {
            long suppressed = group.stream().filter(i -> result.get(i) != Suppression.NONE).count();
            if (suppressed == 1) {
                group.stream().filter(i -> result.get(i) == Suppression.NONE)
                        .min(Comparator.comparingLong((Integer i) -> cells.get(i).count()).thenComparing(i -> i))
                        .ifPresent(i -> result.set(i, Suppression.COMPLEMENTARY));
            }
        }
        return result;
    }
}
