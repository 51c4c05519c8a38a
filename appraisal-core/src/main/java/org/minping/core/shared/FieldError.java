package org.minping.core.shared;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One problem with one input field: the field's name as the client sent it, a stable code that
 * pages translate through their message bundles, an English message for API clients, and the
 * values the message names (a row number, a column's value, an agency code), in the order the
 * translations place them. Arguments are texts and numbers only: they are shown to people and
 * sent to API clients, never an object whose text nobody chose.
 */
public record FieldError(String field, String code, String message, List<Object> arguments) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        arguments = List.copyOf(arguments);
        for (Object argument : arguments) {
            if (!(argument instanceof String || argument instanceof Integer || argument instanceof Long
                    || argument instanceof BigDecimal || argument instanceof Double)) {
                throw new IllegalArgumentException("an argument of " + code + " is a text or a number, not " + argument.getClass());
            }
        }
    }

    /** A problem whose message names the given values. */
    public FieldError(String field, String code, String message, Object... arguments) {
        this(field, code, message, List.of(arguments));
    }
}
