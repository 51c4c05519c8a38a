package org.minping.core.shared;

import java.util.List;

/** Thrown when input breaks one or more rules; carries every offending field, not just the first. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("invalid input:");
        for (FieldError error : errors) {
            text.append(' ').append(error.field()).append(" (").append(error.code()).append(')');
        }
        return text.toString();
    }
}
