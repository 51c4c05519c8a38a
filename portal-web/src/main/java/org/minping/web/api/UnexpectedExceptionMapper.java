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
        if (causedBySqlFailure(exception)) {
            return unavailable(correlationId);
        }
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal",
                Response.Status.INTERNAL_SERVER_ERROR.getReasonPhrase(), "correlation id " + correlationId);
    }

    /** 503 with Retry-After: nothing was stored, and the same request may be sent again (with its Idempotency-Key). */
    static Response unavailable(String correlationId) {
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "unavailable",
                Response.Status.SERVICE_UNAVAILABLE.getReasonPhrase(), "correlation id " + correlationId))
                .header("Retry-After", "5").build();
    }

    /**
     * Two requests raced: the database let the first in (a unique key), or the first changed a row
     * the second had read (optimistic lock, e.g. twenty withdrawals of one receipt at once).
     */
    static boolean violatesAConstraint(Throwable failure) {
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

    /**
     * Whether the database failed: an SQLException anywhere in the chain, or EclipseLink's
     * DatabaseException, which keeps the driver's exception (a lost connection, say) as its
     * "internal exception" and not as its cause, so the chain ends before it. Named by class
     * name: the portal compiles against the JPA API only.
     */
    private static boolean causedBySqlFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException || cause instanceof org.minping.core.shared.IncompleteReadException
                    || "org.eclipse.persistence.exceptions.DatabaseException".equals(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
