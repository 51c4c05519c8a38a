package org.minping.core.recompute;

import org.minping.core.scoring.ScoringException;

/**
 * An input document the engine cannot score, and where: {@link #path()} names the field as a path
 * into the document ({@code cube[3].weightSquareSum}), or the file the command line was given.
 */
public final class InvalidScoringInput extends ScoringException {

    private static final long serialVersionUID = 1L;

    private final String path;

    public InvalidScoringInput(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
    }

    /** The field (or file) at fault; empty when the fault lies between fields, as a cell given twice. */
    public String path() {
        return path;
    }
}
