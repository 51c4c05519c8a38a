package org.minping.core.rectification;

/** Why the office opened a task: a weak indicator of the published run, or a pattern of bad reviews. */
public enum RectificationOrigin {
    WEAK_INDICATOR,
    REVIEW_PATTERN
}
