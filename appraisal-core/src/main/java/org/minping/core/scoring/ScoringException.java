package org.minping.core.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Inputs or parameters the engine cannot score; the message names the problem, and {@link #field()}
 * the component of the value at fault where there is one (as named in the record and its JSON).
 * Problems that the data or parameters of a cycle can cause carry a {@link #code()} and the values
 * the message names, so that pages say them in their own language; the others are checks of what
 * the portal itself assembles and keep the code {@value #INCONSISTENT}.
 */
public class ScoringException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The code of a problem no cycle's data or parameters should cause: the input is inconsistent. */
    public static final String INCONSISTENT = "scoring.inconsistent";

    private final String field;
    private final String code;
    private final transient List<Object> arguments;

    public ScoringException(String message) {
        this(null, message);
    }

    public ScoringException(String field, String message) {
        this(field, INCONSISTENT, message, List.of());
    }

    /** A problem with a code of its own, and the values its message names. */
    public ScoringException(String code, String message, List<Object> arguments) {
        this(null, code, message, arguments);
    }

    public ScoringException(String field, String code, String message, List<Object> arguments) {
        super(message);
        this.field = field;
        this.code = code;
        this.arguments = List.copyOf(arguments);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String code() {
        return code;
    }

    /** The values the message names, texts and numbers, in the order the translations place them. */
    public List<Object> arguments() {
        return arguments;
    }
}
