package org.minping.core.evaluation;

import org.minping.core.shared.FieldError;

/**
 * Where a started scoring run is: its stage, a percentage for the progress bar, the stored run when
 * done, and why it failed when it did (a problem of the cycle's field, with a code pages translate).
 */
public record RunProgress(String ticket, Stage stage, int percent, Long runId, FieldError problem) {

    /** The stages of a run, in order. */
    public enum Stage { QUEUED, ASSEMBLING, SCORING, STORING, DONE, FAILED }

    public boolean isFinished() {
        return stage == Stage.DONE || stage == Stage.FAILED;
    }
}
