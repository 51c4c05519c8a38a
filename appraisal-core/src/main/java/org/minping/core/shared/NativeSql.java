package org.minping.core.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.List;

/** Small helpers for the reporting queries that are clearer in SQL than in JPQL. */
public final class NativeSql {

    private NativeSql() {
    }

    /** Runs a native query with positional parameters and returns its rows. */
    public static List<Row> query(EntityManager em, String sql, Object... parameters) {
        return query(withParameters(em.createNativeQuery(sql), parameters));
    }

    /** The rows of a native query already set up, e.g. with a maximum number of results. */
    public static List<Row> query(Query query) {
        return ((List<?>) query.getResultList()).stream().map(Row::ofResult).toList();
    }

    private static Query withParameters(Query query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    /** Rows per multi-row INSERT: large enough to save round trips, small enough for any packet size. */
    static final int INSERT_CHUNK = 500;

    /**
     * Inserts many rows with multi-row INSERT statements of bound parameters, a chunk at a time:
     * one statement per row costs a round trip each, which dominates storing thousands of results.
     */
    public static void insertRows(EntityManager em, String table, List<String> columns, List<Object[]> rows) {
        insertRows(em, table, columns, rows, "");
    }

    /** The same, each statement ending with {@code tail} (e.g. an ON DUPLICATE KEY UPDATE clause). */
    public static void insertRows(EntityManager em, String table, List<String> columns, List<Object[]> rows, String tail) {
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
            Query insert = em.createNativeQuery(head + String.join(", ", Collections.nCopies(chunk.size(), tuple)) + tail);
            int position = 1;
            for (Object[] row : chunk) {
                if (row.length != columns.size()) {
                    throw new IllegalArgumentException("a row for " + table + " has " + row.length + " values, not " + columns.size());
                }
                for (Object value : row) {
                    insert.setParameter(position++, value);
                }
            }
            insert.executeUpdate();
        }
    }
}
