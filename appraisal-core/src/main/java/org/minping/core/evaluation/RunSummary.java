package org.minping.core.evaluation;

import java.time.LocalDateTime;

/** A stored run as lists show it; {@code unweighted}: run without population weighting by the administrator's choice. */
public record RunSummary(long id, String cycleCode, String startedBy, LocalDateTime startedAtUtc, String inputDigest,
                         String outputDigest, long appraisals, boolean published, boolean unweighted) {
}
