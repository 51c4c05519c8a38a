package org.minping.core.followup;

/**
 * Working days an agency has to call back and rectify after a bad review (default 5); the portal
 * produces it from minping.followup.working-days.
 */
public record FollowUpPolicy(int workingDays) {

    /** Overall levels up to this one are bad reviews: 非常不满意 and 不满意. */
    public static final int BAD_REVIEW_LEVEL = 2;
}
