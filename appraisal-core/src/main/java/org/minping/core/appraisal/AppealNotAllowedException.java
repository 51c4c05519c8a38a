package org.minping.core.appraisal;

/** An appeal that the rules do not allow, with a code saying which rule. */
public class AppealNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why an appeal is refused. */
    public enum Why { NOT_REJECTED, DEADLINE_PASSED, ALREADY_APPEALED, SAME_MODERATOR, OWN_AGENCY, NOT_OPEN }

    private final Why why;

    public AppealNotAllowedException(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
