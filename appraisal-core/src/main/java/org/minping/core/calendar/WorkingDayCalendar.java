package org.minping.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Counts working days the way offices in China do: Monday to Friday, except public holidays,
 * plus the weekend days declared make-up working days (调休上班). Pure: the days come as data.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The latest day whose deadline of {@code workingDays} working days has passed by {@code today}:
     * anything received on or before it is overdue today.
     */
    public LocalDate lastDayOverdueOn(LocalDate today, int workingDays) {
        LocalDate day = today;
        while (!addWorkingDays(day, workingDays).isBefore(today)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The day on which the n-th working day after {@code start} falls (start itself not counted). */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative, not " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
