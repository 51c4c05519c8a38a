package org.minping.core.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.Sha256;

/**
 * The working-day calendar as stored (table calendar_day). Administrators replace a year's listed
 * days when the State Council publishes its notice on public holidays; callers check cycle:manage.
 */
@ApplicationScoped
public class CalendarService {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    /** The listed days of a year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarLines.Day> days(int year) {
        return NativeSql.query(em, """
                SELECT day, kind, name_zh, name_en FROM calendar_day WHERE day BETWEEN ? AND ? ORDER BY day""",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(row -> new CalendarLines.Day(row.date(0), row.string(1), row.string(2), row.string(3)))
                .toList();
    }

    /**
     * Replaces the listed days of a year with those of the text ({@link CalendarLines}), all or
     * nothing; audited with a digest of the new list.
     *
     * @return the number of days listed
     */
    @Transactional
    public int replaceYear(int year, String text, String actor) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(List.of(new FieldError("year", "calendar.year", "the year must be from 2000 to 2100")));
        }
        List<CalendarLines.Day> days = CalendarLines.parse(year, text);
        em.createNativeQuery("DELETE FROM calendar_day WHERE day BETWEEN ? AND ?")
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 31)).executeUpdate();
        if (!days.isEmpty()) {
            NativeSql.insertRows(em, "calendar_day", List.of("day", "kind", "name_zh", "name_en"),
                    days.stream().map(d -> new Object[] {d.day(), d.kind(), d.nameZh(), d.nameEn()}).toList());
        }
        String listed = CalendarLines.format(days);
        audit.append(actor, "calendar.replace", "calendar:" + year, Map.of("days", Integer.toString(days.size()),
                "sha256", Sha256.hex(listed)));
        return days.size();
    }


    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDayCalendar calendar() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (Row row : NativeSql.query(em, "SELECT day, kind FROM calendar_day")) {
            ("HOLIDAY".equals(row.string(1)) ? holidays : workdays).add(row.date(0));
        }
        return new WorkingDayCalendar(holidays, workdays);
    }
}
