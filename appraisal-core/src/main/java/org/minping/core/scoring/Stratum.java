package org.minping.core.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One combination of the weighting variables' categories (e.g. region ZJ × age 30-44), in the
 * order of the cycle's variables; a null category means the respondent did not say.
 */
public record Stratum(List<String> categories) implements Comparable<Stratum> {

    public static final Stratum NONE = new Stratum(List.of());

    public Stratum {
        categories = Collections.unmodifiableList(new ArrayList<>(categories));
    }

    public static Stratum of(String... categories) {
        List<String> list = new ArrayList<>();
        Collections.addAll(list, categories);
        return new Stratum(list);
    }

    /** True when every weighting variable is known; only such strata enter the margins. */
    public boolean isComplete(int variables) {
        return categories.size() == variables && !categories.contains(null);
    }

    @Override
    public int compareTo(Stratum other) {
        int common = Math.min(categories.size(), other.categories.size());
        for (int i = 0; i < common; i++) {
            String a = categories.get(i);
            String b = other.categories.get(i);
            if (a == null || b == null) {
                if (a != b) {
                    return a == null ? -1 : 1;
                }
                continue;
            }
            int order = a.compareTo(b);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(categories.size(), other.categories.size());
    }

    String canonical() {
        StringBuilder text = new StringBuilder();
        for (String category : categories) {
            text.append(category == null ? "-" : category.length() + ":" + category).append('|');
        }
        return text.toString();
    }
}
