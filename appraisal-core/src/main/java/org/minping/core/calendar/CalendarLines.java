package org.minping.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * One year of the calendar as administrators edit it: a line {@code date,kind,名称,name} per
 * listed day, kind HOLIDAY (a public holiday or its bridging days) or WORKDAY (a weekend day made a
 * working day, 调休上班). Every line is checked and every problem named by its line; pure.
 */
public final class CalendarLines {

    /** A listed day. */
    public record Day(LocalDate day, String kind, String nameZh, String nameEn) {
        public static final String HOLIDAY = "HOLIDAY";
        public static final String WORKDAY = "WORKDAY";
    }

    private CalendarLines() {
    }

    /** The days of {@code year} in {@code text}; blank lines and lines starting with # are skipped. */
    public static List<Day> parse(int year, String text) {
        List<Day> days = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            String where = "line " + number + ": ";
            String[] parts = line.split(",", -1);
            if (parts.length != 4) {
                errors.add(error("calendar.format", where + "write date,kind,中文名称,English name", number));
                continue;
            }
            LocalDate day;
            try {
                day = LocalDate.parse(parts[0].strip());
            } catch (DateTimeParseException e) {
                errors.add(error("calendar.date", where + "the date must be written YYYY-MM-DD", number));
                continue;
            }
            String kind = parts[1].strip().toUpperCase(java.util.Locale.ROOT);
            String nameZh = parts[2].strip();
            String nameEn = parts[3].strip();
            if (day.getYear() != year) {
                errors.add(error("calendar.otherYear", where + day + " is not in " + year, number, day.toString(), year));
            } else if (!seen.add(day)) {
                errors.add(error("calendar.twice", where + day + " is listed twice", number, day.toString()));
            }
            if (!Day.HOLIDAY.equals(kind) && !Day.WORKDAY.equals(kind)) {
                errors.add(error("calendar.kind", where + "the kind must be HOLIDAY or WORKDAY", number));
            } else if (Day.WORKDAY.equals(kind) && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                // The weekday goes to the pages as its number (1 Monday to 7 Sunday), which their bundles name.
                errors.add(error("calendar.weekday", where + day + " is a " + day.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT)
                        + ", a working day anyway; WORKDAY lists weekend days made working days",
                        number, day.toString(), day.getDayOfWeek().getValue()));
            }
            if (nameZh.isEmpty() || nameZh.length() > 50 || nameEn.isEmpty() || nameEn.length() > 100) {
                errors.add(error("calendar.names", where + "both names are needed, at most 50 and 100 characters", number));
            }
            days.add(new Day(day, kind, nameZh, nameEn));
        }
        if (errors.isEmpty() && days.isEmpty()) {
            // Every year has public holidays: an empty list is a slip, not a calendar.
            errors.add(error("calendar.empty", "list the year's days; every year has public holidays"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        days.sort(java.util.Comparator.comparing(Day::day));
        return days;
    }

    /** The days as the editor shows them, one line each. */
    public static String format(List<Day> days) {
        StringBuilder text = new StringBuilder();
        days.forEach(d -> text.append(d.day()).append(',').append(d.kind()).append(',').append(d.nameZh()).append(',')
                .append(d.nameEn()).append('\n'));
        return text.toString();
    }

    private static FieldError error(String code, String message, Object... arguments) {
        return new FieldError("days", code, message, arguments);
    }
}
