package org.minping.core.appraisal;

/** The service case has its rating for this round already (一事一评): the database refused a second one. */
public class AlreadyRatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AlreadyRatedException(String caseNumber) {
        super("service case " + caseNumber + " has been rated already: a case is rated once");
    }
}
