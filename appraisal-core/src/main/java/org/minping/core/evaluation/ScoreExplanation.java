package org.minping.core.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.minping.core.scoring.LargestRemainder;
import org.minping.core.scoring.Source;

/**
 * A published score's decomposition as the public reads it: each term rounded to the score's 2
 * decimals so that the terms visibly add up to the score, and their sums by source (bonus and
 * deduction items last), which the page puts into words.
 */
public record ScoreExplanation(BigDecimal score, List<Line> terms, List<Part> bySource) {

    /** One term with its points as shown. */
    public record Line(ScoreTerm term, BigDecimal points) {
    }

    /** What one source adds over all indicators; a null source stands for the bonus and deduction items. */
    public record Part(String source, BigDecimal points) {
        public boolean isAdjustments() {
            return source == null;
        }
    }

    public ScoreExplanation {
        terms = List.copyOf(terms);
        bySource = List.copyOf(bySource);
    }

    /** The explanation of a published score; an agency without a score has none to explain. */
    public static ScoreExplanation of(BigDecimal score, List<ScoreTerm> terms) {
        if (score == null) {
            return new ScoreExplanation(null, List.of(), List.of());
        }
        List<BigDecimal> rounded = LargestRemainder.round(terms.stream().map(ScoreTerm::points).toList(), score);
        List<Line> lines = new ArrayList<>();
        Map<Source, BigDecimal> sums = new EnumMap<>(Source.class);
        BigDecimal adjustments = null;
        for (int i = 0; i < terms.size(); i++) {
            ScoreTerm term = terms.get(i);
            lines.add(new Line(term, rounded.get(i)));
            if (term.reason() != null) {
                adjustments = adjustments == null ? rounded.get(i) : adjustments.add(rounded.get(i));
            } else {
                sums.merge(Source.valueOf(term.source()), rounded.get(i), BigDecimal::add);
            }
        }
        List<Part> parts = new ArrayList<>();
        sums.forEach((source, points) -> parts.add(new Part(source.name(), points)));
        if (adjustments != null) {
            parts.add(new Part(null, adjustments));
        }
        return new ScoreExplanation(score, lines, parts);
    }
}
