package org.minping.core.scoring;

import java.util.Optional;

/**
 * Inputs or parameters the engine cannot score; the message names the problem, and {@link #field()}
 * the component of the value at fault where there is one (as named in the record and its JSON).
 */
public class ScoringException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ScoringException(String message) {
        this(null, message);
    }

    public ScoringException(String field, String message) {
        super(message);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
