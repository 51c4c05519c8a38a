package org.minping.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportScheduleTest {

    @Nested
    class NextDue {

        @ParameterizedTest(name = "every {0} {1} from {2}, due {3}, filed {4}: next {5}")
        @CsvSource({
                "1, MONTHS, 2027-01-31, 2027-01-31, 2027-01-20, 2027-02-28",  // filed early: the period due is settled
                "1, MONTHS, 2027-01-31, 2027-02-28, 2027-02-28, 2027-03-31",  // months keep the anchor's day: no drift to the 28th
                "1, MONTHS, 2027-01-31, 2027-01-31, 2027-04-02, 2027-04-30",  // filed late: the missed periods are settled too
                "30, DAYS, 2027-01-01, 2027-01-01, 2027-01-01, 2027-01-31",   // filed on the day
                "14, DAYS, 2027-01-01, 2027-01-15, 2027-02-20, 2027-02-26",
                "3, MONTHS, 2027-03-31, 2027-03-31, 2027-03-31, 2027-06-30",
        })
        void isTheFirstScheduledDateAfterTheDueDateAndTheDayOfFiling(int every, ReportUnit unit, LocalDate anchor, LocalDate due,
                                                                      LocalDate filed, LocalDate next) {
            assertEquals(next, new ReportSchedule(every, unit).nextDue(anchor, due, filed));
        }
    }

    @Nested
    class Bounds {

        @Test
        void aReportIsOverdueFromTheDayAfterItsDueDate() {
            LocalDate due = LocalDate.of(2027, 5, 31);
            assertFalse(ReportSchedule.isOverdue(due, due));
            assertFalse(ReportSchedule.isOverdue(due, due.minusDays(1)));
            assertTrue(ReportSchedule.isOverdue(due, due.plusDays(1)));
        }

        @ParameterizedTest
        @CsvSource({"0, DAYS", "367, DAYS", "13, MONTHS", "-1, MONTHS"})
        void intervalsOutsideTheirBoundsAreRefused(int every, ReportUnit unit) {
            assertThrows(IllegalArgumentException.class, () -> new ReportSchedule(every, unit));
        }
    }
}
