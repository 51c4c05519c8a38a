package org.minping.core.appraisal;

/** The agency registered this case number before. */
public class ServiceCaseExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceCaseExistsException(String agencyCode, String caseNumber) {
        super("agency " + agencyCode + " has registered service case " + caseNumber + " already");
    }
}
