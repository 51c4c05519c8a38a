package org.minping.web.api;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A transaction that failed to commit (the database went away between the last statement and the
 * commit, say): 503 with Retry-After, never 500 and never a 2xx, so the client sends the same
 * request again under its Idempotency-Key and gets exactly one appraisal stored. The transaction
 * interceptor reports such a failure as a {@link TransactionalException} whose cause names no SQL
 * error; a transaction used the wrong way (required but missing) stays an internal error.
 */
@Provider
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    private static final Logger LOG = Logger.getLogger(TransactionFailureMapper.class.getName());

    private final UnexpectedExceptionMapper otherwise = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(TransactionalException exception) {
        if (!failedToComplete(exception) || UnexpectedExceptionMapper.violatesAConstraint(exception)) {
            return otherwise.toResponse(exception);
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "transaction failed to complete, answered 503, correlation id " + correlationId, exception);
        return UnexpectedExceptionMapper.unavailable(correlationId);
    }

    private static boolean failedToComplete(TransactionalException exception) {
        Throwable cause = exception.getCause();
        return cause instanceof RollbackException || cause instanceof HeuristicMixedException
                || cause instanceof HeuristicRollbackException || cause instanceof SystemException;
    }
}
