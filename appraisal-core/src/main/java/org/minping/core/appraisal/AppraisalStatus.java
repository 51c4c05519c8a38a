package org.minping.core.appraisal;

/** Where an appraisal stands in moderation; only PUBLISHED and APPROVED appraisals reach scores. */
public enum AppraisalStatus {
    /** Passed the automatic rules at intake. */
    PUBLISHED,
    /** Held by a rule at intake and waiting for a moderator. */
    HELD,
    /** Held, then approved by a moderator. */
    APPROVED,
    /** Rejected by a moderator, with a reason the author is told. */
    REJECTED,
    /** Withdrawn by its author before any published result included it. */
    WITHDRAWN
}
