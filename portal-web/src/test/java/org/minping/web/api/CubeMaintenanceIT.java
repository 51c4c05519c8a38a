package org.minping.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.minping.web.it.ApiRater;
import org.minping.web.it.CubeQueries;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

/**
 * The cube the database keeps for each cycle (V12) must always equal a fresh aggregation of the
 * counted appraisals of the cycle's period, whatever happened to them: intake through the API,
 * moderation decisions, trust-weight changes, a removed rating, a changed respondent attribute and
 * a moved period; and (V49) concurrent intake into one cell, before and after the deltas are folded.
 */
@PortalTest
class CubeMaintenanceIT {

    private static final String CYCLE = "IT-CUBE";
    private static final String FOLD_CYCLE = "IT-FOLD";

    /** The folded cells alone, once the fold has taken every delta of the cycle. */
    private static final String FOLDED = """
            SELECT CONCAT_WS('|', k.agency_id, k.indicator_id, k.region, k.age_band, k.level, k.n, k.w, k.w2)
            FROM cube_cell k JOIN evaluation_cycle c ON c.id = k.cycle_id AND c.code = '%1$s'
            WHERE k.n > 0 ORDER BY 1""";

    private static final String DELTAS = """
            SELECT COUNT(*) FROM cube_delta d JOIN evaluation_cycle c ON c.id = d.cycle_id AND c.code = '%1$s'""";

    @Test
    void theKeptCubeEqualsAFreshAggregationAfterEveryKindOfChange(Portal portal) throws Exception {
        LocalDate today = LocalDate.now();
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            portal.createCycle(CYCLE, "立方体测试", "Cube test", today.minusDays(1), today.plusDays(1));
            assertCubeMatches(db, "a new cycle's cube is built from the appraisals already stored");

            List<String> receipts = submitAtRandom(portal, new Random(20261126), 40);
            assertCubeMatches(db, "after intake");
            assertFalse(rows(sql, CubeQueries.KEPT.formatted(CYCLE)).isEmpty(), "the intake counted");

            String some = "'" + String.join("','", receipts.subList(0, 10)) + "'";
            sql.executeUpdate("UPDATE appraisal SET status = 'REJECTED' WHERE receipt IN (" + some + ")");
            assertCubeMatches(db, "after rejections");
            sql.executeUpdate("UPDATE appraisal SET status = 'APPROVED' WHERE receipt IN (" + some + ")");
            sql.executeUpdate("UPDATE appraisal SET status = 'HELD' WHERE receipt = '" + receipts.get(11) + "'");
            assertCubeMatches(db, "after approvals and a hold");

            sql.executeUpdate("UPDATE appraisal SET trust_weight = 0.25 WHERE receipt IN ('" + receipts.get(12) + "','" + receipts.get(13) + "')");
            sql.executeUpdate("UPDATE appraisal SET respondent_region = 'SC', respondent_age_band = NULL WHERE receipt = '" + receipts.get(14) + "'");
            sql.executeUpdate("UPDATE appraisal SET comment_text = 'redacted' WHERE receipt = '" + receipts.get(15) + "'");
            sql.executeUpdate("DELETE r FROM appraisal_rating r JOIN appraisal a ON a.id = r.appraisal_id WHERE a.receipt = '" + receipts.get(16) + "'");
            assertCubeMatches(db, "after weight, attribute and rating changes");

            sql.executeUpdate("UPDATE evaluation_cycle SET period_end = '" + today.minusDays(1) + "' WHERE code = '" + CYCLE + "'");
            assertCubeMatches(db, "after the period moved away from today");
            sql.executeUpdate("UPDATE evaluation_cycle SET period_end = '" + today.plusDays(1) + "' WHERE code = '" + CYCLE + "'");
            assertCubeMatches(db, "after the period moved back");

            // Intake counts only into open cycles: closing ends the cycle's intake window.
            // Closed at the last stored submission's time, as the portal stores times: whatever the
            // portal receives later is stamped at that time or after.
            sql.executeUpdate("UPDATE evaluation_cycle SET state = 'CLOSED', closed_at = (SELECT MAX(submitted_at) FROM appraisal)"
                    + " WHERE code = '" + CYCLE + "'");
            assertCubeMatches(db, "after closing");
            List<String> late = submitAtRandom(portal, new Random(20261203), 5);
            assertCubeMatches(db, "after intake into a closed cycle");
            // The cube equals a fresh aggregation over the intake window, and the window holds none of
            // the late appraisals. (Comparing whole cubes before and after would not do: the scheduled
            // review-bomb detection may hold or release earlier appraisals meanwhile.)
            assertEquals(List.of("0"), rows(sql, "SELECT COUNT(*) FROM appraisal a JOIN evaluation_cycle c ON c.code = '" + CYCLE
                    + "' WHERE a.receipt IN ('" + String.join("','", late) + "') AND a.submitted_at >= c.intake_from"
                    + " AND a.submitted_at < c.intake_until"), "nothing submitted after closing counts: " + rows(sql,
                    "SELECT CONCAT_WS('|', a.submitted_at, c.closed_at, c.intake_until, c.state) FROM appraisal a JOIN evaluation_cycle c"
                            + " ON c.code = '" + CYCLE + "' WHERE a.receipt IN ('" + String.join("','", late) + "')"));
        }
    }

    /**
     * Before V49 every intake added itself to its cells in place: concurrent appraisals of one
     * cell waited for each other and deadlocked. Now they append deltas, which the fold moves into
     * the cells later, and the cube equals a fresh aggregation before and after the fold.
     */
    @Test
    void concurrentAppraisalsOfOneCellAllCommitAndTheFoldKeepsTheirSum(Portal portal) throws Exception {
        LocalDate today = LocalDate.now();
        portal.createCycle(FOLD_CYCLE, "折叠测试", "Fold test", today.minusDays(1), today.plusDays(1));
        ApiRater system = ApiRater.system(portal);
        String body = """
                {"agencyCode":"HZ","overall":4,"ratings":{"EFFICIENCY":5,"ATTITUDE":5},
                 "respondent":{"region":"ZJ","ageBand":"30-44"}}""";
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ApiRater user = system.another();
                answers.add(callers.submit(() -> user.post(UUID.randomUUID().toString(), body)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertEquals(201, answer.get().statusCode(), answer.get().body());
            }
        } finally {
            callers.shutdownNow();
        }
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            assertCubeMatches(db, FOLD_CYCLE, "right after concurrent intake into one cell");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!rows(sql, DELTAS.formatted(FOLD_CYCLE)).equals(List.of("0")) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            // One snapshot: the scheduled review-bomb detection may change statuses meanwhile.
            sql.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
            List<String> deltas = rows(sql, DELTAS.formatted(FOLD_CYCLE));
            List<String> fresh = rows(sql, CubeQueries.FRESH.formatted(FOLD_CYCLE));
            List<String> folded = rows(sql, FOLDED.formatted(FOLD_CYCLE));
            sql.execute("COMMIT");
            assertEquals(List.of("0"), deltas, "the fold took every delta within 30 s");
            assertEquals(fresh, folded, "the folded cells alone equal a fresh aggregation");
            assertCubeMatches(db, FOLD_CYCLE, "after the fold");
        }
    }

    private static List<String> submitAtRandom(Portal portal, Random random, int count) throws Exception {
        String[] agencies = {"HZ", "SZ", "MLR"};
        String[] regions = {"ZJ", "GD", "SC"};
        String[] ageBands = {"18-29", "60+"};
        String[] indicators = {"EFFICIENCY", "ATTITUDE", "TRANSPARENCY"};
        Http http = new Http(portal.baseUrl());
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String agency = agencies[random.nextInt(agencies.length)];
            StringBuilder body = new StringBuilder("{\"agencyCode\":\"" + agency + "\",\"overall\":" + (1 + random.nextInt(5)));
            if (!agency.equals("MLR")) {
                List<String> ratings = new ArrayList<>();
                for (String indicator : indicators) {
                    if (random.nextBoolean()) {
                        ratings.add("\"" + indicator + "\":" + (1 + random.nextInt(5)));
                    }
                }
                body.append(",\"ratings\":{").append(String.join(",", ratings)).append('}');
            }
            if (random.nextInt(4) > 0) {
                body.append(",\"respondent\":{\"region\":\"").append(regions[random.nextInt(regions.length)]).append('"');
                if (random.nextBoolean()) {
                    body.append(",\"ageBand\":\"").append(ageBands[random.nextInt(ageBands.length)]).append('"');
                }
                body.append('}');
            }
            body.append('}');
            var response = ApiRater.anonymous(portal).post(UUID.randomUUID().toString(), body.toString());
            assertEquals(201, response.statusCode(), response.body());
            receipts.add(Http.object(response).getString("receipt"));
        }
        return receipts;
    }

    /** Compares both in one snapshot: the scheduled review-bomb detection may change statuses meanwhile. */
    private static void assertCubeMatches(Connection db, String when) throws SQLException {
        assertCubeMatches(db, CYCLE, when);
    }

    private static void assertCubeMatches(Connection db, String cycle, String when) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
            List<String> fresh = rows(sql, CubeQueries.FRESH.formatted(cycle));
            List<String> kept = rows(sql, CubeQueries.KEPT.formatted(cycle));
            sql.execute("COMMIT");
            assertEquals(fresh, kept, when);
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
