package org.minping.core.appraisal;

import java.util.List;

/**
 * What the intake rules made of a submission: the comment as it may be stored (rules may redact
 * it) and the reason codes that hold it for a moderator, none when it may be published at once.
 */
public record ScreeningOutcome(String comment, List<String> holdReasons) {

    public ScreeningOutcome {
        holdReasons = List.copyOf(holdReasons);
    }

    public boolean isClean() {
        return holdReasons.isEmpty();
    }
}
