package org.minping.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders bodies that cannot be read as the expected JSON: 400, naming the fields where possible. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<MalformedRequestException> {

    @Override
    public Response toResponse(MalformedRequestException exception) {
        return Problem.of(Response.Status.BAD_REQUEST, "malformed-request", "Malformed request",
                exception.getMessage(), exception.errors());
    }
}
