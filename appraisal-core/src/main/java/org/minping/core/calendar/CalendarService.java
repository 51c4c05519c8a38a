package org.minping.core.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The working-day calendar as stored (table calendar_day). */
@ApplicationScoped
public class CalendarService {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDayCalendar calendar() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT day, kind FROM calendar_day").getResultList();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[0];
            ("HOLIDAY".equals(row[1]) ? holidays : workdays).add(day);
        }
        return new WorkingDayCalendar(holidays, workdays);
    }
}
