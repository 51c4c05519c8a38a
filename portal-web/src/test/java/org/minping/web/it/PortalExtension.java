package org.minping.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.minping.web.devrun.PayaraMicroProcess;

/**
 * Starts the real portal once per test run: a fresh schema and database user of its own on the
 * test MySQL/MariaDB, and the built WAR on Payara Micro against it. Both are removed when the
 * run ends. Tests receive a {@link Portal} parameter.
 */
public class PortalExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PortalExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        portal(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Portal.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return portal(context);
    }

    private static Portal portal(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Portal.class, key -> Portal.start(), Portal.class);
    }

    /** The running portal and its database. */
    public static final class Portal implements ExtensionContext.Store.CloseableResource {

        private final PayaraMicroProcess payara;
        private final TestSchema schema;

        private Portal(PayaraMicroProcess payara, TestSchema schema) {
            this.payara = payara;
            this.schema = schema;
        }

        static Portal start() {
            try {
                TestSchema schema = TestSchema.create();
                try {
                    return new Portal(PortalServer.startReady(schema.url(), schema.accounts(), PortalServer.freePort(),
                            schema.accounts().schema(), List.of()), schema);
                } catch (Exception e) {
                    schema.close();
                    throw e;
                }
            } catch (Exception e) {
                throw new IllegalStateException("could not start the portal for the tests: " + e.getMessage(), e);
            }
        }

        public String baseUrl() {
            return payara.baseUrl();
        }

        /** A connection to the portal's test schema, for checking what was stored. */
        public Connection database() throws SQLException {
            return schema.connection();
        }

        /** A connection as the portal's own database user, to check what the application may not do. */
        public Connection applicationDatabase() throws SQLException {
            return DriverManager.getConnection(schema.url(), schema.accounts().runtime().user(),
                    schema.accounts().runtime().password());
        }

        public long count(String sqlCountQuery) throws SQLException {
            try (Connection connection = database(); Statement sql = connection.createStatement();
                 ResultSet result = sql.executeQuery(sqlCountQuery)) {
                result.next();
                return result.getLong(1);
            }
        }

        /**
         * A new account with the same password, roles and agency as a demo account, for a test that
         * must not disturb the demo accounts other tests sign in with (failed logins, say).
         * Its password is the demo account's ({@code <demo>-demo}).
         */
        public String copyOfAccount(String demoUser) throws SQLException {
            String name = demoUser + "-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
            try (Connection connection = database(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO user_account (username, password_hash, display_name, agency_id, enabled, created_at)"
                        + " SELECT '" + name + "', password_hash, display_name, agency_id, enabled, created_at FROM user_account"
                        + " WHERE username = '" + demoUser + "'");
                sql.executeUpdate("INSERT INTO user_role (user_id, role) SELECT n.id, r.role FROM user_account n, user_account d"
                        + " JOIN user_role r ON r.user_id = d.id WHERE n.username = '" + name + "' AND d.username = '" + demoUser + "'");
            }
            return name;
        }

        /**
         * A cycle over the period with the usual parameters (levels 0..100 by 25, shrinkage 10,
         * minimum effective n 30, grades 优秀 90 / 良好 80 / 合格 60, bonus and deduction 5, ten
         * sensitivity draws), open since the first day of its period, so that every appraisal of
         * the period counts; a cycle that has the code already is kept, so a test may ask for its
         * cycle before each of its methods. Its settings are frozen (it is open): a test that sets
         * them asks for a draft ({@link #createDraftCycle}).
         */
        public void createCycle(String code, String nameZh, String nameEn, java.time.LocalDate start, java.time.LocalDate end)
                throws SQLException {
            insertCycle(code, nameZh, nameEn, start, end, "OPEN");
        }

        /** As {@link #createCycle}, a draft: its settings can change, and no appraisal counts until it opens. */
        public void createDraftCycle(String code, String nameZh, String nameEn, java.time.LocalDate start, java.time.LocalDate end)
                throws SQLException {
            insertCycle(code, nameZh, nameEn, start, end, "DRAFT");
        }

        private void insertCycle(String code, String nameZh, String nameEn, java.time.LocalDate start, java.time.LocalDate end,
                                 String state) throws SQLException {
            try (Connection connection = database(); var insert = connection.prepareStatement("""
                    INSERT IGNORE INTO evaluation_cycle (code, name_zh, name_en, state, period_start, period_end, opened_at,
                      level_scores, shrinkage_k, min_effective_n, grade_bands, max_bonus, max_deduction, sensitivity_draws,
                      sensitivity_seed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, '0,25,50,75,100', 10, 30, '优秀:90,良好:80,合格:60,不合格:-', 5, 5, 10, 1)""")) {
                insert.setString(1, code);
                insert.setString(2, nameZh);
                insert.setString(3, nameEn);
                insert.setString(4, state);
                insert.setObject(5, start);
                insert.setObject(6, end);
                insert.setObject(7, "DRAFT".equals(state) ? null : start.atStartOfDay());
                insert.executeUpdate();
            }
            // Each track on its seeded version 1, as a cycle made from the pages without one to follow binds its newest.
            try (Connection connection = database(); var bind = connection.prepareStatement("""
                    INSERT IGNORE INTO cycle_indicator_system (cycle_id, track_id, system_id)
                    SELECT c.id, s.track_id, s.id FROM evaluation_cycle c JOIN indicator_system s ON s.template WHERE c.code = ?""")) {
                bind.setString(1, code);
                bind.executeUpdate();
            }
        }

        /**
         * Opens a draft as if on the first day of its period, so that appraisals a test stored with
         * times in the period count (an administrator's opening counts only what arrives after it).
         */
        public void openCycle(String code) throws SQLException {
            try (Connection connection = database(); var open = connection.prepareStatement(
                    "UPDATE evaluation_cycle SET state = 'OPEN', opened_at = period_start WHERE code = ? AND state = 'DRAFT'")) {
                open.setString(1, code);
                open.executeUpdate();
            }
        }

        /**
         * Closes an open cycle now, as an administrator does before the run that is published:
         * appraisals submitted from now on no longer count in it.
         */
        public void closeCycle(String code) throws SQLException {
            try (Connection connection = database(); var close = connection.prepareStatement(
                    "UPDATE evaluation_cycle SET state = 'CLOSED', closed_at = ? WHERE code = ? AND state = 'OPEN'")) {
                // Times reach MariaDB 10 to the second (Connector/J sends no fractions to a server that calls itself
                // 5.5.5-10.x): closing at the next full second keeps what was stored this second in the cycle.
                close.setObject(1, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .plusSeconds(1));
                close.setString(2, code);
                close.executeUpdate();
            }
        }

        /**
         * {@code count} appraisals of an agency with the given overall level, published as if
         * moderated, submitted at the given time (so they fall into a cycle's period); the last
         * one's receipt.
         */
        public String publishedAppraisals(String agency, int count, int level, String submittedAt) throws SQLException {
            String receipt = null;
            try (Connection connection = database(); Statement sql = connection.createStatement()) {
                for (int i = 0; i < count; i++) {
                    receipt = "MP-K" + java.util.UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 4) + "-"
                            + java.util.UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 5);
                    sql.executeUpdate("""
                            INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status, submitted_at)
                            SELECT '%s', a.id, s.id, 'WEB', %d, 'PUBLISHED', '%s'
                            FROM agency a JOIN indicator_system s ON s.track_id = a.track_id AND s.template WHERE a.code = '%s'"""
                            .formatted(receipt, level, submittedAt, agency));
                }
            }
            return receipt;
        }

        /** A service hall as {@link #addServiceHall} made it. */
        public record Hall(String code, String nameZh, String nameEn, String addressZh, String addressEn) {
        }

        /**
         * A new service hall of the agency, last in its list, as an administrator adds it on
         * /admin/agencies: a code of its own (agency, HALL, a random number), names and an address
         * that carry the number, so a test finds its own hall among those other tests made.
         */
        public Hall addServiceHall(String agency) throws SQLException {
            int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(100000, 1000000);
            Hall hall = new Hall(agency + "-HALL-" + n, "第" + n + "号市民服务中心", "Citizen Service Centre No. " + n,
                    "解放东路" + n + "号", n + " Jiefang East Road");
            try (Connection connection = database(); var insert = connection.prepareStatement("""
                    INSERT INTO service_hall (code, agency_id, name_zh, name_en, address_zh, address_en, sort_order)
                    SELECT ?, a.id, ?, ?, ?, ?, (SELECT COALESCE(MAX(h.sort_order), 0) + 1 FROM service_hall h WHERE h.agency_id = a.id)
                    FROM agency a WHERE a.code = ?""")) {
                insert.setString(1, hall.code());
                insert.setString(2, hall.nameZh());
                insert.setString(3, hall.nameEn());
                insert.setString(4, hall.addressZh());
                insert.setString(5, hall.addressEn());
                insert.setString(6, agency);
                if (insert.executeUpdate() != 1) {
                    throw new IllegalArgumentException("no agency has the code " + agency);
                }
            }
            return hall;
        }

        /**
         * The same internal score on every leaf of the agency's indicator system that internal
         * assessment scores, as an import would store it.
         */
        public void internalScores(String cycle, String agency, double score) throws SQLException {
            try (Connection connection = database(); var insert = connection.prepareStatement("""
                    INSERT INTO imported_score (cycle_id, agency_id, indicator_id, source, score, imported_at)
                    SELECT c.id, a.id, i.id, 'INTERNAL', ?, CURRENT_TIMESTAMP(6) FROM evaluation_cycle c
                    JOIN agency a ON a.code = ?
                    JOIN indicator_system s ON s.track_id = a.track_id AND s.template
                    JOIN indicator i ON i.system_id = s.id AND NOT i.public_appraisal
                    WHERE c.code = ? AND NOT EXISTS (SELECT 1 FROM indicator child WHERE child.parent_id = i.id)""")) {
                insert.setDouble(1, score);
                insert.setString(2, agency);
                insert.setString(3, cycle);
                insert.executeUpdate();
            }
        }

        /** The first column of the first row of a query, as text. */
        public String string(String sqlQuery) throws SQLException {
            try (Connection connection = database(); Statement sql = connection.createStatement();
                 ResultSet result = sql.executeQuery(sqlQuery)) {
                result.next();
                return result.getString(1);
            }
        }

        /** The portal's whole server log so far: where the demo verifier writes its codes. */
        public String log() {
            return payara.logText();
        }

        public String logTail() {
            return payara.logTail();
        }

        @Override
        public void close() throws Exception {
            try {
                payara.close();
            } finally {
                schema.close();
            }
        }
    }
}
