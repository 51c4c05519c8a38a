package org.minping.core.evaluation;

import java.util.Arrays;
import org.minping.core.shared.Localized;

/**
 * The name of a grade in both languages, with a code for systems that read the results.
 *
 * <p>A cycle's grade bands name their grades in Chinese, as the office's rules do (优秀:90,…), and
 * the scoring run and its digest keep those names unchanged. The four grades of the national
 * practice have an English name and a stable code; a grade an office names otherwise is a name of
 * its own, shown as written in both languages, with the name as its code.
 */
public record GradeName(String code, Localized name) {

    private enum Standard {
        EXCELLENT("优秀", "Excellent"), GOOD("良好", "Good"), PASS("合格", "Pass"), FAIL("不合格", "Fail");

        private final Localized name;

        Standard(String zh, String en) {
            this.name = new Localized(zh, en);
        }
    }

    /** The grade a run wrote, as a cycle's bands name it; null for an agency without a grade. */
    public static GradeName of(String grade) {
        if (grade == null) {
            return null;
        }
        return Arrays.stream(Standard.values()).filter(standard -> standard.name.zh().equals(grade)).findFirst()
                .map(standard -> new GradeName(standard.name(), standard.name))
                .orElseGet(() -> new GradeName(grade, new Localized(grade, grade)));
    }
}
