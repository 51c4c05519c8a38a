package org.minping.core.cycle;

/** No evaluation cycle has the requested code, or it has no published result to show. */
public class CycleNotFoundException extends org.minping.core.shared.UnknownSubjectException {

    private static final long serialVersionUID = 1L;

    public CycleNotFoundException(String message) {
        super(message);
    }
}
