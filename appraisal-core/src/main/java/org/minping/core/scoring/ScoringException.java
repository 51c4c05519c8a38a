package org.minping.core.scoring;

/** Inputs or parameters the engine cannot score; the message names the problem. */
public class ScoringException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ScoringException(String message) {
        super(message);
    }
}
