package org.minping.web.perf;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The server's global status counters that say where a request's database time goes. */
final class DatabaseCounters {

    /**
     * Questions: statements the portal sent; Queries adds those the triggers' procedures ran;
     * the fsyncs and group commits show whether concurrent commits share a flush.
     */
    private static final List<String> NAMES = List.of("Questions", "Queries", "Com_select", "Com_insert", "Com_insert_select",
            "Com_update", "Com_commit", "Com_rollback", "Com_call_procedure", "Innodb_rows_inserted", "Innodb_rows_updated",
            "Innodb_row_lock_waits", "Innodb_row_lock_time", "Innodb_data_fsyncs", "Innodb_os_log_fsyncs", "Binlog_commits",
            "Binlog_group_commits");

    private DatabaseCounters() {
    }

    static Map<String, Long> read(Connection db) throws SQLException {
        Map<String, Long> counters = new LinkedHashMap<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SHOW GLOBAL STATUS")) {
            while (rows.next()) {
                if (NAMES.contains(rows.getString(1))) {
                    counters.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counters;
    }

    /** after − before, in the order of {@link #NAMES}. */
    static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new LinkedHashMap<>();
        for (String name : NAMES) {
            if (before.containsKey(name) && after.containsKey(name)) {
                delta.put(name, after.get(name) - before.get(name));
            }
        }
        return delta;
    }
}
