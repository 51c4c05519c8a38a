package org.minping.core.agency;

/** No agency has the requested code. */
public class AgencyNotFoundException extends org.minping.core.shared.UnknownSubjectException {

    private static final long serialVersionUID = 1L;

    public AgencyNotFoundException(String code) {
        super("no agency with code " + code);
    }
}
