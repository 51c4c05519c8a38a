package org.minping.core.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Grades by lower bound on the published score; the lowest band must start at or below 0. */
public record GradeBands(List<Band> bands) {

    /** A grade and the lowest published score that earns it; -infinity for the catch-all band. */
    public record Band(String grade, double lowerBound) {
        public Band {
            if (grade == null || grade.isBlank()) {
                throw new ScoringException("gradeBands.name", "a grade's name is required", List.of());
            }
            if (Double.isNaN(lowerBound) || lowerBound == Double.POSITIVE_INFINITY) {
                throw new ScoringException("gradeBands.bound", "the lower bound of grade " + grade + " must be a number or -infinity",
                        List.of(grade));
            }
        }
    }

    public GradeBands {
        if (bands == null || bands.isEmpty()) {
            throw new ScoringException("gradeBands.required", "grade bands are required", List.of());
        }
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparingDouble(Band::lowerBound).reversed());
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).lowerBound() == sorted.get(i - 1).lowerBound()) {
                throw new ScoringException("gradeBands.same", "grades " + sorted.get(i - 1).grade() + " and " + sorted.get(i).grade()
                        + " have the same lower bound", List.of(sorted.get(i - 1).grade(), sorted.get(i).grade()));
            }
        }
        if (sorted.get(sorted.size() - 1).lowerBound() > 0) {
            throw new ScoringException("gradeBands.lowest", "the lowest grade band must start at 0 or below, so every score has a grade",
                    List.of());
        }
        bands = List.copyOf(sorted);
    }

    /** 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below. */
    public static GradeBands standard() {
        return new GradeBands(List.of(new Band("优秀", 90), new Band("良好", 80), new Band("合格", 60),
                new Band("不合格", Double.NEGATIVE_INFINITY)));
    }

    public String gradeOf(double publishedScore) {
        for (Band band : bands) {
            if (publishedScore >= band.lowerBound()) {
                return band.grade();
            }
        }
        return bands.get(bands.size() - 1).grade();
    }
}
