package org.minping.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives the framework's own refusals (404 unknown path, 405, 406, 415 wrong content type, ...)
 * the same problem+json shape as everything else.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 415 -> "send the body as application/json";
            case 405 -> "this resource does not accept that method";
            case 404 -> "no such resource";
            default -> null;
        };
        Response.ResponseBuilder problem = Response.fromResponse(
                Problem.of(status, "http-" + status.getStatusCode(), status.getReasonPhrase(), detail));
        if (original.getHeaderString("Allow") != null) {
            problem.header("Allow", original.getHeaderString("Allow"));
        }
        return problem.build();
    }
}
