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
        if (violatesAConstraint(exception)) {
            // Two requests raced for something only one may have (an appeal, a rating of a case):
            // the database let the first in; this one is a conflict, not a failure.
            return Problem.of(Response.Status.CONFLICT, "conflict", "Conflict", "the request conflicts with an earlier one");
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure, correlation id " + correlationId, exception);
        boolean databaseDown = causedBySqlFailure(exception);
        Response.Status status = databaseDown ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.INTERNAL_SERVER_ERROR;
        Response problem = Problem.of(status, databaseDown ? "unavailable" : "internal",
                status.getReasonPhrase(), "correlation id " + correlationId);
        return databaseDown ? Response.fromResponse(problem).header("Retry-After", "5").build() : problem;
    }

    /**
     * Two requests raced: the database let the first in (a unique key), or the first changed a row
     * the second had read (optimistic lock, e.g. twenty withdrawals of one receipt at once).
     */
    private static boolean violatesAConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
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
