package org.minping.core.rectification;

import java.util.List;
import java.util.Set;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * Where a rectification task stands: the agency plans and proves, the office closes or sends it
 * back. Each step names the states it may start from; any other start is refused, naming the field.
 */
public enum RectificationState {
    OPEN,
    PLAN_SUBMITTED,
    EVIDENCE_SUBMITTED,
    CLOSED,
    REOPENED;

    /** What someone does to a task, and from which states it may be done. */
    public enum Step {
        /** The agency writes (or rewrites, until it has proved anything) its plan. */
        SUBMIT_PLAN("plan", "rectification.planNotNow", Set.of(OPEN, REOPENED, PLAN_SUBMITTED), PLAN_SUBMITTED),
        /** The agency uploads evidence of what it did, once a plan stands. */
        SUBMIT_EVIDENCE("evidence", "rectification.evidenceNotNow", Set.of(PLAN_SUBMITTED, EVIDENCE_SUBMITTED), EVIDENCE_SUBMITTED),
        /** The office accepts the evidence. */
        CLOSE("reason", "rectification.closeNotNow", Set.of(EVIDENCE_SUBMITTED), CLOSED),
        /** The office sends the task back to the agency, with a reason. */
        REOPEN("reason", "rectification.reopenNotNow", Set.of(PLAN_SUBMITTED, EVIDENCE_SUBMITTED, CLOSED), REOPENED);

        private final String field;
        private final String code;
        private final Set<RectificationState> from;
        private final RectificationState to;

        Step(String field, String code, Set<RectificationState> from, RectificationState to) {
            this.field = field;
            this.code = code;
            this.from = from;
            this.to = to;
        }

        /** The field a refusal of this step names. */
        public String field() {
            return field;
        }

        /** The message code of a refusal of this step. */
        public String code() {
            return code;
        }

        public boolean allowedFrom(RectificationState state) {
            return from.contains(state);
        }
    }

    /** The state after the step, or a refusal naming the step's field when the step cannot start here. */
    public RectificationState after(Step step) {
        if (!step.allowedFrom(this)) {
            throw new InvalidInputException(List.of(new FieldError(step.field(), step.code(),
                    "this step is not possible while the task is " + name())));
        }
        return step.to;
    }

    /** Not closed: the agency still owes something, and the deadline still counts. */
    public boolean pending() {
        return this != CLOSED;
    }
}
