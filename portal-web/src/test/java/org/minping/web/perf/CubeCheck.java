package org.minping.web.perf;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** After the load: the cube the database kept for the open cycle against a fresh aggregation of its appraisals. */
final class CubeCheck {

    private static final String CYCLE = "2026";

    private static final String FRESH = """
            SELECT CONCAT_WS('|', g.agency_id, g.indicator_id, g.region, g.age_band, g.level, SUM(g.n), SUM(g.w), SUM(g.w2))
            FROM (
              SELECT a.agency_id, i.id AS indicator_id, COALESCE(a.respondent_region, '') AS region,
                     COALESCE(a.respondent_age_band, '') AS age_band, a.overall_level AS level,
                     COUNT(*) AS n, SUM(a.trust_weight) AS w, SUM(a.trust_weight * a.trust_weight) AS w2
              FROM appraisal a JOIN indicator i ON i.system_id = a.indicator_system_id AND i.overall_satisfaction
              JOIN evaluation_cycle c ON c.code = '%1$s'
              WHERE a.status IN ('PUBLISHED', 'APPROVED')
                AND a.submitted_at >= c.intake_from AND a.submitted_at < c.intake_until
              GROUP BY 1, 2, 3, 4, 5
              UNION ALL
              SELECT a.agency_id, r.indicator_id, COALESCE(a.respondent_region, ''), COALESCE(a.respondent_age_band, ''),
                     r.level, COUNT(*), SUM(a.trust_weight), SUM(a.trust_weight * a.trust_weight)
              FROM appraisal a JOIN appraisal_rating r ON r.appraisal_id = a.id
              JOIN evaluation_cycle c ON c.code = '%1$s'
              WHERE a.status IN ('PUBLISHED', 'APPROVED')
                AND a.submitted_at >= c.intake_from AND a.submitted_at < c.intake_until
              GROUP BY 1, 2, 3, 4, 5
            ) g GROUP BY g.agency_id, g.indicator_id, g.region, g.age_band, g.level ORDER BY 1""";

    private static final String KEPT = """
            SELECT CONCAT_WS('|', k.agency_id, k.indicator_id, k.region, k.age_band, k.level, SUM(k.n), SUM(k.w), SUM(k.w2))
            FROM cube_current k JOIN evaluation_cycle c ON c.id = k.cycle_id AND c.code = '%1$s'
            GROUP BY k.agency_id, k.indicator_id, k.region, k.age_band, k.level HAVING SUM(k.n) > 0 ORDER BY 1""";

    private CubeCheck() {
    }

    /** "yes (N cells)", or what differs. */
    static String keptEqualsFresh(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
            List<String> fresh = rows(sql, FRESH.formatted(CYCLE));
            List<String> kept = rows(sql, KEPT.formatted(CYCLE));
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
