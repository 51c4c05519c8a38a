package org.minping.core.appraisal;

import java.util.List;

/**
 * What the intake rules made of a submission: the comment as it may be stored (rules may redact
 * it), the reason codes that hold it for a moderator (none when it may be published at once),
 * and a fingerprint of the comment for finding near-duplicates later (null when there is none).
 */
public record ScreeningOutcome(String comment, List<String> holdReasons, Long commentFingerprint) {

    public ScreeningOutcome {
        holdReasons = List.copyOf(holdReasons);
    }

    public ScreeningOutcome(String comment, List<String> holdReasons) {
        this(comment, holdReasons, null);
    }

    public boolean isClean() {
        return holdReasons.isEmpty();
    }
}
