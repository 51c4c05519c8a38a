package org.minping.core.shared;

import java.util.Objects;

/**
 * One problem with one input field: the field's name as the client sent it, a stable code that
 * pages translate through their message bundles, and an English message for API clients.
 */
public record FieldError(String field, String code, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
