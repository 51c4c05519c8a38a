package org.minping.core.rectification;

/** No such task or evidence, or not the asking agency's: the same answer, so staff learn nothing of other agencies. */
public class RectificationNotFoundException extends org.minping.core.shared.UnknownSubjectException {

    private static final long serialVersionUID = 1L;

    public RectificationNotFoundException() {
        super("no such rectification task");
    }
}
