package org.minping.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

class CalendarLinesTest {

    @Test
    void theNoticeOfAYearReadsAsItsDaysInOrder() {
        List<CalendarLines.Day> days = CalendarLines.parse(2026, """
                # 国办发明电〔2025〕 2026 arrangement
                2026-02-15,HOLIDAY,春节,Spring Festival
                2026-02-14, workday ,春节调休上班,Make-up working day (Spring Festival)

                2026-01-01,HOLIDAY,元旦,New Year's Day
                """);
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 15)),
                days.stream().map(CalendarLines.Day::day).toList());
        assertEquals("WORKDAY", days.get(1).kind());
        assertEquals(days, CalendarLines.parse(2026, CalendarLines.format(days)), "what the editor shows reads back the same");
    }

    @Test
    void everyWrongLineIsNamedAndNothingIsTaken() {
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> CalendarLines.parse(2026, """
                2026-02-30,HOLIDAY,春节,Spring Festival
                2025-12-31,HOLIDAY,元旦,New Year's Eve
                2026-02-16,HOLIDAY,春节,Spring Festival
                2026-02-16,HOLIDAY,春节,Spring Festival
                2026-02-17,LEAVE,春节,Spring Festival
                2026-02-18,WORKDAY,调休,Make-up day
                2026-02-19,HOLIDAY,,Spring Festival
                2026-02-20,HOLIDAY,春节
                """));
        assertEquals(List.of(
                "line 1: the date must be written YYYY-MM-DD",
                "line 2: 2025-12-31 is not in 2026",
                "line 4: 2026-02-16 is listed twice",
                "line 5: the kind must be HOLIDAY or WORKDAY",
                "line 6: 2026-02-18 is a wednesday, a working day anyway; WORKDAY lists weekend days made working days",
                "line 7: both names are needed, at most 50 and 100 characters",
                "line 8: write date,kind,中文名称,English name"), invalid.errors().stream().map(FieldError::message).toList());
    }

    @Test
    void anEmptyListIsRefusedRatherThanClearingTheYear() {
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> CalendarLines.parse(2027, "\n# not out yet\n"));
        assertEquals("list the year's days; every year has public holidays", invalid.errors().get(0).message());
    }
}
