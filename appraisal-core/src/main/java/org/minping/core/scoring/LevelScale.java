package org.minping.core.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * Maps the five rating levels to scores on 0..100. The default is linear (0, 25, 50, 75, 100);
 * a cycle may choose another table such as 0, 30, 60, 80, 100.
 */
public record LevelScale(double[] scores) {

    public static final int LEVELS = 5;

    public LevelScale {
        if (scores == null || scores.length != LEVELS) {
            throw new ScoringException("levelScale.count", "a level scale needs exactly 5 scores, for levels 1 to 5", List.of());
        }
        scores = scores.clone();
        for (int i = 0; i < LEVELS; i++) {
            if (!(scores[i] >= 0 && scores[i] <= 100)) {
                throw new ScoringException("levelScale.range", "the score of level " + (i + 1) + " must lie in [0.0, 100.0], not "
                        + scores[i], List.of(i + 1));
            }
            if (i > 0 && scores[i] < scores[i - 1]) {
                throw new ScoringException("levelScale.falls", "the level scale must not fall from level " + i + " to level " + (i + 1),
                        List.of(i, i + 1));
            }
        }
    }

    public static LevelScale linear() {
        return new LevelScale(new double[] {0, 25, 50, 75, 100});
    }

    public double score(int level) {
        checkLevel(level);
        return scores[level - 1];
    }

    @Override
    public double[] scores() {
        return scores.clone();
    }

    static void checkLevel(int level) {
        if (level < 1 || level > LEVELS) {
            throw new ScoringException("a level must be from 1 to 5, not " + level);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LevelScale scale && Arrays.equals(scores, scale.scores);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(scores);
    }

    @Override
    public String toString() {
        return "LevelScale" + Arrays.toString(scores);
    }
}
