package org.minping.core.evaluation;

import java.time.LocalDateTime;

/**
 * A stored run as lists show it; {@code unweighted}: run without population weighting by the
 * administrator's choice; {@code heldOut}: the imported scores supervision kept out of its input.
 */
public record RunSummary(long id, String cycleCode, String startedBy, LocalDateTime startedAtUtc, String inputDigest,
                         String outputDigest, long appraisals, boolean published, boolean unweighted,
                         java.util.List<HeldOutItem> heldOut) {

    public RunSummary {
        heldOut = java.util.List.copyOf(heldOut);
    }
}
