package org.minping.core.followup;

/** No such follow-up, or not one of the asking agency's: the same answer, so staff learn nothing of other agencies. */
public class FollowUpNotFoundException extends org.minping.core.shared.UnknownSubjectException {

    private static final long serialVersionUID = 1L;

    public FollowUpNotFoundException() {
        super("no such follow-up");
    }
}
