package org.minping.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.minping.web.security.RequestBodyLimitFilter;

/** A body of undeclared length passed its endpoint's cap while the framework read it: 413, and the rest is not read. */
@Provider
public class BodyTooLargeMapper implements ExceptionMapper<RequestBodyLimitFilter.BodyTooLargeException> {

    @Override
    public Response toResponse(RequestBodyLimitFilter.BodyTooLargeException exception) {
        return Response.fromResponse(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large", "Too large",
                exception.getMessage())).header("Connection", "close").build();
    }
}
