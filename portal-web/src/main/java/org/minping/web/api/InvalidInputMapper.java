package org.minping.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.minping.core.appraisal.AppraisalService;
import org.minping.core.shared.InvalidInputException;

/**
 * Input that parsed but breaks the rules is 422 with every offending field; a missing or malformed
 * Idempotency-Key header is a malformed request, 400.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException exception) {
        boolean headerProblem = exception.errors().stream()
                .allMatch(e -> AppraisalService.IDEMPOTENCY_KEY_FIELD.equals(e.field()));
        if (headerProblem) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid-header", "Invalid request header",
                    "the request's headers are missing or malformed", exception.errors());
        }
        return Problem.of(Problem.UNPROCESSABLE_CONTENT, "validation", "Invalid input",
                "one or more fields are invalid; nothing was stored", exception.errors());
    }
}
