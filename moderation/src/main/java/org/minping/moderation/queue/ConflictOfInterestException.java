package org.minping.moderation.queue;

/** A moderator tried to decide about appraisals of the agency they belong to. */
public class ConflictOfInterestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictOfInterestException(String agencyCode) {
        super("moderators do not decide about appraisals of their own agency (" + agencyCode + ")");
    }
}
