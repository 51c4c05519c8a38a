package org.minping.core.rectification;

/** What the office decided to hold an agency to account (问责): from the mildest to organisational measures. */
public enum AccountabilityDecision {
    /** 约谈: the agency's leaders are summoned to explain. */
    INTERVIEW,
    /** 诫勉谈话: a cautionary talk with those responsible. */
    ADMONITION,
    /** 通报批评: criticism circulated to the other agencies. */
    CIRCULATED_CRITICISM,
    /** 责令限期整改: rectification ordered within a time limit. */
    ORDERED_RECTIFICATION,
    /** 组织处理: organisational measures against those responsible. */
    ORGANISATIONAL_MEASURE
}
