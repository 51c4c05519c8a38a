package org.minping.core.evaluation;

/** Where a started scoring run is: its stage, a percentage for the progress bar, and the stored run when done. */
public record RunProgress(String ticket, Stage stage, int percent, Long runId, String problem) {

    /** The stages of a run, in order. */
    public enum Stage { QUEUED, ASSEMBLING, SCORING, STORING, DONE, FAILED }

    public boolean isFinished() {
        return stage == Stage.DONE || stage == Stage.FAILED;
    }
}
