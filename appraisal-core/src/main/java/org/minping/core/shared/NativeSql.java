package org.minping.core.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/** Small helpers for the reporting queries that are clearer in SQL than in JPQL. */
public final class NativeSql {

    private NativeSql() {
    }

    /** Runs a native query with positional parameters and returns its rows as arrays. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    /** Connector/J 9 reads DATETIME as LocalDateTime, older drivers as Timestamp. */
    public static LocalDateTime dateTime(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
