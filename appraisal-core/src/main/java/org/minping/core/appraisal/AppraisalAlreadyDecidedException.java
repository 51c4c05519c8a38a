package org.minping.core.appraisal;

/** The appraisal was already approved or rejected; a second decision needs an appeal. */
public class AppraisalAlreadyDecidedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AppraisalAlreadyDecidedException(String receipt) {
        super("appraisal " + receipt + " is already decided");
    }
}
