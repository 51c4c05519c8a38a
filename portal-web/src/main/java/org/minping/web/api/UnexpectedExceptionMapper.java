package org.minping.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with a correlation id, answered with that id and nothing else, so
 * no stack trace or SQL reaches the client. A failed database answers 503: the client may retry.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure, correlation id " + correlationId, exception);
        boolean databaseDown = causedBySqlFailure(exception);
        Response.Status status = databaseDown ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.INTERNAL_SERVER_ERROR;
        Response problem = Problem.of(status, databaseDown ? "unavailable" : "internal",
                status.getReasonPhrase(), "correlation id " + correlationId);
        return databaseDown ? Response.fromResponse(problem).header("Retry-After", "5").build() : problem;
    }

    private static boolean causedBySqlFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }
}
