package org.minping.core.appraisal;

/** The appraisal cannot be withdrawn; the message says why. */
public class WithdrawalNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WithdrawalNotAllowedException(String receipt, String why) {
        super("appraisal " + receipt + " cannot be withdrawn: " + why);
    }
}
