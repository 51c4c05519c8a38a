package org.minping.core.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How often a plan's liaison officers report: every {@code every} days or calendar months, counted
 * from an anchor date (the plan's first due date), so that months never drift: from 31 January
 * monthly the dates are 28 (or 29) February, 31 March, 30 April, not 28 March.
 */
public record ReportSchedule(int every, ReportUnit unit) {

    /** The longest interval a plan may have: a year of days, or twelve months. */
    public static final int MAX_DAYS = 366;
    public static final int MAX_MONTHS = 12;

    public ReportSchedule {
        Objects.requireNonNull(unit, "unit");
        if (every < 1 || every > (unit == ReportUnit.DAYS ? MAX_DAYS : MAX_MONTHS)) {
            throw new IllegalArgumentException("a reporting interval of " + every + " " + unit);
        }
    }

    /** The k-th due date after the anchor (k = 0 is the anchor itself). */
    public LocalDate dueDate(LocalDate anchor, long k) {
        return unit == ReportUnit.DAYS ? anchor.plusDays(k * every) : anchor.plusMonths(k * every);
    }

    /**
     * The due date after a report filed on {@code filedOn} for the period due on {@code due}: the
     * first date of the schedule after both the due date and the day of filing. A report filed early
     * settles the period due; one filed late settles every period missed, and the next is in the future.
     */
    public LocalDate nextDue(LocalDate anchor, LocalDate due, LocalDate filedOn) {
        LocalDate after = filedOn.isAfter(due) ? filedOn : due;
        long k = 0;
        LocalDate next = anchor;
        // Few steps: at most the plan's length divided by the interval.
        while (!next.isAfter(after)) {
            k++;
            next = dueDate(anchor, k);
        }
        return next;
    }

    /** Whether the report due on {@code due} is late on {@code today}: due yesterday or before and not filed. */
    public static boolean isOverdue(LocalDate due, LocalDate today) {
        return due.isBefore(today);
    }
}
