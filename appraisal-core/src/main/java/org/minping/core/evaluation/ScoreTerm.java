package org.minping.core.evaluation;

/** One term of a stored score's decomposition: an indicator and source, or a bonus / deduction reason. */
public record ScoreTerm(String indicatorCode, String source, String reason, double points) {
}
