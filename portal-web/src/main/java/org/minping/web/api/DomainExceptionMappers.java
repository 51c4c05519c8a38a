package org.minping.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.minping.core.agency.AgencyNotFoundException;
import java.util.List;
import org.minping.core.appraisal.AlreadyRatedException;
import org.minping.core.appraisal.AppraisalNotFoundException;
import org.minping.core.appraisal.IdempotencyKeyReusedException;
import org.minping.core.appraisal.ServiceCaseExistsException;
import org.minping.core.appraisal.WithdrawalNotAllowedException;
import org.minping.core.shared.FieldError;

/** Maps the core's named failures to problem responses. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    /** Unknown agency code in a path: 404. */
    @Provider
    public static class AgencyNotFound implements ExceptionMapper<AgencyNotFoundException> {
        @Override
        public Response toResponse(AgencyNotFoundException exception) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", "Not found", exception.getMessage());
        }
    }

    /** Unknown cycle, or a cycle whose result is not published: 404 either way. */
    @Provider
    public static class CycleNotFound implements ExceptionMapper<org.minping.core.cycle.CycleNotFoundException> {
        @Override
        public Response toResponse(org.minping.core.cycle.CycleNotFoundException exception) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", "Not found", exception.getMessage());
        }
    }

    /** An appeal already filed is a conflict (409); one the rules do not allow is 422, with the rule named. */
    @Provider
    public static class AppealNotAllowed implements ExceptionMapper<org.minping.core.appraisal.AppealNotAllowedException> {
        @Override
        public Response toResponse(org.minping.core.appraisal.AppealNotAllowedException exception) {
            boolean conflict = exception.why() == org.minping.core.appraisal.AppealNotAllowedException.Why.ALREADY_APPEALED;
            return Problem.of(conflict ? Response.Status.CONFLICT : Problem.UNPROCESSABLE_CONTENT,
                    "appeal-" + exception.why().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "Appeal not allowed", exception.getMessage());
        }
    }

    /** Unknown receipt: 404, without saying more. */
    @Provider
    public static class AppraisalNotFound implements ExceptionMapper<AppraisalNotFoundException> {
        @Override
        public Response toResponse(AppraisalNotFoundException exception) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", "Not found", exception.getMessage());
        }
    }

    /** The same Idempotency-Key with a different body: 422, as the IETF idempotency draft says. */
    @Provider
    public static class IdempotencyKeyReused implements ExceptionMapper<IdempotencyKeyReusedException> {
        @Override
        public Response toResponse(IdempotencyKeyReusedException exception) {
            return Problem.of(Problem.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency-Key reused", exception.getMessage());
        }
    }

    /** A second rating of a service case in the same round: 409, naming the case number field. */
    @Provider
    public static class AlreadyRated implements ExceptionMapper<AlreadyRatedException> {
        @Override
        public Response toResponse(AlreadyRatedException exception) {
            return Problem.of(Response.Status.CONFLICT, "already-rated", "Already rated", exception.getMessage(),
                    List.of(new FieldError("caseNumber", "case.alreadyRated", exception.getMessage())));
        }
    }

    /** A case number the agency registered before: 409. */
    @Provider
    public static class ServiceCaseExists implements ExceptionMapper<ServiceCaseExistsException> {
        @Override
        public Response toResponse(ServiceCaseExistsException exception) {
            return Problem.of(Response.Status.CONFLICT, "case-exists", "Service case exists", exception.getMessage(),
                    List.of(new FieldError("caseNumber", "case.exists", exception.getMessage())));
        }
    }

    /** An appraisal that is rejected, withdrawn, or part of a published result cannot be withdrawn: 409. */
    @Provider
    public static class WithdrawalNotAllowed implements ExceptionMapper<WithdrawalNotAllowedException> {
        @Override
        public Response toResponse(WithdrawalNotAllowedException exception) {
            return Problem.of(Response.Status.CONFLICT, "withdrawal-not-allowed", "Withdrawal not allowed", exception.getMessage());
        }
    }
}
