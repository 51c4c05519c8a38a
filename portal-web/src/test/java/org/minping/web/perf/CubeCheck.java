package org.minping.web.perf;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.minping.web.it.CubeQueries;

/** After the load: the cube the database kept for the open cycle against a fresh aggregation of its appraisals. */
final class CubeCheck {

    private static final String CYCLE = "2026";

    private CubeCheck() {
    }

    /** "yes (N cells)", or what differs. */
    static String keptEqualsFresh(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
            List<String> fresh = rows(sql, CubeQueries.FRESH.formatted(CYCLE));
            List<String> kept = rows(sql, CubeQueries.KEPT.formatted(CYCLE));
            sql.execute("COMMIT");
            if (fresh.equals(kept)) {
                return "yes (" + kept.size() + " cells of cycle " + CYCLE + ")";
            }
            List<String> missing = new ArrayList<>(fresh);
            missing.removeAll(kept);
            List<String> extra = new ArrayList<>(kept);
            extra.removeAll(fresh);
            return "NO: " + missing.size() + " fresh cells not kept (e.g. " + missing.stream().limit(3).toList() + "), "
                    + extra.size() + " kept cells not fresh (e.g. " + extra.stream().limit(3).toList() + ")";
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
