package org.minping.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    /** The Spring Festival of 2026: 15 to 23 February off, Saturdays 14 and 28 February worked. */
    private static final WorkingDayCalendar SPRING_2026;

    static {
        Set<LocalDate> holidays = new HashSet<>();
        for (LocalDate day = LocalDate.of(2026, 2, 15); !day.isAfter(LocalDate.of(2026, 2, 23)); day = day.plusDays(1)) {
            holidays.add(day);
        }
        SPRING_2026 = new WorkingDayCalendar(holidays, Set.of(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void weekendsRestUnlessDeclaredWorkingDays() {
        assertFalse(SPRING_2026.isWorkingDay(LocalDate.of(2026, 2, 7)));
        assertTrue(SPRING_2026.isWorkingDay(LocalDate.of(2026, 2, 14)), "a make-up Saturday");
        assertFalse(SPRING_2026.isWorkingDay(LocalDate.of(2026, 2, 16)), "a Monday in the holiday");
        assertTrue(SPRING_2026.isWorkingDay(LocalDate.of(2026, 2, 24)));
    }

    @Test
    void fiveWorkingDaysAcrossTheSpringFestival() {
        // Thu 12 Feb: Fri 13 (1), Sat 14 make-up (2), 15-23 off, Tue 24 (3), Wed 25 (4), Thu 26 (5)
        assertEquals(LocalDate.of(2026, 2, 26), SPRING_2026.addWorkingDays(LocalDate.of(2026, 2, 12), 5));
    }

    @Test
    void whatIsOverdueAfterTwoWorkingDays() {
        // On Wed 11 Mar, Mon 9 Mar's deadline (Wed 11) has not passed, Fri 6 Mar's (Tue 10) has.
        assertEquals(LocalDate.of(2026, 3, 8), SPRING_2026.lastDayOverdueOn(LocalDate.of(2026, 3, 11), 2));
        // On Tue 24 Feb, after the holiday: Thu 12 Feb's deadline was Sat 14 (a make-up working day),
        // but Fri 13 Feb's is today: its second working day is the first after the holiday.
        assertEquals(LocalDate.of(2026, 2, 12), SPRING_2026.lastDayOverdueOn(LocalDate.of(2026, 2, 24), 2));
    }

    @Test
    void anOrdinaryWeekIsFiveDays() {
        assertEquals(LocalDate.of(2026, 3, 16), SPRING_2026.addWorkingDays(LocalDate.of(2026, 3, 9), 5));
        assertEquals(LocalDate.of(2026, 3, 9), SPRING_2026.addWorkingDays(LocalDate.of(2026, 3, 9), 0));
    }
}
