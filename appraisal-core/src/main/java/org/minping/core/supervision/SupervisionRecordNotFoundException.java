package org.minping.core.supervision;

/** No supervision record or item has the id asked for: answered 404 like every unknown subject. */
public class SupervisionRecordNotFoundException extends org.minping.core.shared.UnknownSubjectException {

    private static final long serialVersionUID = 1L;

    public SupervisionRecordNotFoundException(String message) {
        super(message);
    }
}
