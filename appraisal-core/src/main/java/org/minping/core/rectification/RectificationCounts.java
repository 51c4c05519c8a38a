package org.minping.core.rectification;

/** What the public learns of an agency's rectification after a cycle: counts only, never texts. */
public record RectificationCounts(long opened, long closed, long overdue) {
}
