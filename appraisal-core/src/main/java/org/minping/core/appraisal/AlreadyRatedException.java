package org.minping.core.appraisal;

/** The rater has rated this service case already (一事一评): the database refused a second rating. */
public class AlreadyRatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AlreadyRatedException(String caseNumber) {
        super("service case " + caseNumber + " has already been rated from this account or device");
    }
}
