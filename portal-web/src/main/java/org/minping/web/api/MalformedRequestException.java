package org.minping.web.api;

import java.util.List;
import org.minping.core.shared.FieldError;

/** The request body is not JSON of the expected shape; rendered as 400 with the offending fields. */
public class MalformedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public MalformedRequestException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
