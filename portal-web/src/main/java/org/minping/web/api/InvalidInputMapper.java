package org.minping.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.minping.core.appraisal.AppraisalService;
import org.minping.core.shared.InvalidInputException;

/**
 * Input that parsed but breaks the rules is 422 with every offending field; a missing or malformed
 * request header (Idempotency-Key, X-Device-Token, X-Proof-Of-Work) is a malformed request, 400.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    private static final java.util.Set<String> HEADERS = java.util.Set.of(AppraisalService.IDEMPOTENCY_KEY_FIELD,
            org.minping.web.security.RaterIdentity.DEVICE_HEADER, org.minping.web.security.ProofOfWork.HEADER);

    @Override
    public Response toResponse(InvalidInputException exception) {
        boolean headerProblem = exception.errors().stream().allMatch(e -> HEADERS.contains(e.field()));
        if (headerProblem) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid-header", "Invalid request header",
                    "the request's headers are missing or malformed", exception.errors());
        }
        return Problem.of(Problem.UNPROCESSABLE_CONTENT, "validation", "Invalid input",
                "one or more fields are invalid; nothing was stored", exception.errors());
    }
}
