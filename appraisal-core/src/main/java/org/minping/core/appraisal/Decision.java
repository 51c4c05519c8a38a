package org.minping.core.appraisal;

/** What a moderator decides about an appraisal. */
public enum Decision {
    APPROVE,
    REJECT
}
