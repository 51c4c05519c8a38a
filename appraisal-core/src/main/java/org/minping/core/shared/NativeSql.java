package org.minping.core.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    /**
     * Inserts many rows in one JDBC batch of the transaction's own connection, which Connector/J
     * sends as multi-row INSERT statements (rewriteBatchedStatements, set on the data source).
     *
     * <p>Not through a native query of many parameters: EclipseLink looks each bound parameter up
     * in a list of all of them, so a statement of 500 rows of 9 values cost 20 million comparisons
     * (the load harness found the cube's fold spending most of its time there).
     */
    public static void insertRows(EntityManager em, String table, List<String> columns, List<Object[]> rows) {
        insertRows(em, table, columns, rows, "");
    }

    /** The same, each statement ending with {@code tail} (e.g. an ON DUPLICATE KEY UPDATE clause). */
    public static void insertRows(EntityManager em, String table, List<String> columns, List<Object[]> rows, String tail) {
        if (rows.isEmpty()) {
            return;
        }
        // Entities persisted earlier in the transaction reach the database first: rows may refer to them.
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")" + tail;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                if (row.length != columns.size()) {
                    throw new IllegalArgumentException("a row for " + table + " has " + row.length + " values, not " + columns.size());
                }
                for (int column = 0; column < row.length; column++) {
                    insert.setObject(column + 1, row[column]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("could not insert " + rows.size() + " rows into " + table, e);
        }
    }
}
