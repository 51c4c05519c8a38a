package org.minping.core.appraisal;

/** How well the portal knows who rated: the level sets the appraisal's trust weight (table rater_level_weight). */
public enum RaterLevel {
    /** Known only by a device token; a proof of work and rate limits guard the door. */
    ANONYMOUS,
    /** Signed in with a registered account. */
    REGISTERED,
    /** Signed in with an account whose identity a verifier confirmed. */
    VERIFIED
}
