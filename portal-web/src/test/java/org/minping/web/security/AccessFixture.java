package org.minping.web.security;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.minping.web.browser.Browser;
import org.minping.web.browser.pages.FeedbackReportsPage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/**
 * Everything the access rules are about, made fresh for one test class: an account per role, a
 * cycle with a published run, an evaluator organisation with a score sheet and its PDF report,
 * tokens of each scope, appraisals with receipts, a bad review's follow-up.
 *
 * <p>The accounts are copies of the demo accounts (same role, password and agency) under names of
 * their own: the demo accounts are shared with other tests, which lock one out for a quarter of an
 * hour (SecurityIT throttles "expert") or make one staff of their organisation (EvaluatorIT), and a
 * matrix must not depend on which test ran first.
 */
final class AccessFixture {

    /** The roles, in the order of the tables' columns. */
    static final List<String> ROLES = List.of("citizen", "evaluator", "expert", "agency", "moderator", "admin", "auditor");
    static final String ASSESSMENTS_TOKEN = "assessments token";
    static final String INTERNAL_SCORES_TOKEN = "internal-scores token";
    static final String STATISTICS_TOKEN = "statistics token";
    static final String ANONYMOUS = "anonymous";

    /** The agency of the agency staff account (the demo account's). */
    static final String STAFF_AGENCY = "HZ";
    private static final String STAFF_SERVICE = "HZ-BIZ";
    /** The agency the evaluator organisation is assigned to. */
    private static final String ASSESSED_AGENCY = "SZ";
    private static final String BOUNDARY = "minping-access-boundary";

    private final Portal portal;
    private final String suffix;
    private final String cycle;
    private final Map<String, String> usernames = new LinkedHashMap<>();
    private final String assessmentsToken;
    private final String internalScoresToken;
    private final String statisticsToken;
    private final Map<String, String> placeholders = new LinkedHashMap<>();

    private AccessFixture(Portal portal) {
        this.portal = portal;
        this.suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        this.cycle = "AX-" + suffix;
        this.assessmentsToken = "mp_access-a-" + UUID.randomUUID();
        this.internalScoresToken = "mp_access-i-" + UUID.randomUUID();
        this.statisticsToken = "mp_access-s-" + UUID.randomUUID();
    }

    /**
     * Stores the data for a cycle over the given period (not yet published: see {@link #publish}),
     * with a dozen published appraisals of the assessed agency on its first day so the run has
     * something to score.
     */
    static AccessFixture seed(Portal portal, LocalDate periodStart, LocalDate periodEnd) throws Exception {
        AccessFixture fixture = new AccessFixture(portal);
        fixture.store(periodStart, periodEnd);
        fixture.uploadSheet();
        fixture.submitAppraisals();
        return fixture;
    }

    String cycle() {
        return cycle;
    }

    String username(String role) {
        return usernames.get(role);
    }

    static String password(String role) {
        return role + "-demo";
    }

    /** The values of the tables' placeholders ({agency}, {receipt}, …); a copy the caller may change. */
    Map<String, String> placeholders() {
        return new LinkedHashMap<>(placeholders);
    }

    /** The Authorization header an identity sends to the API, if any. */
    Optional<String> authorization(String identity) {
        if (identity.equals(ASSESSMENTS_TOKEN)) {
            return Optional.of("Bearer " + assessmentsToken);
        }
        if (identity.equals(INTERNAL_SCORES_TOKEN)) {
            return Optional.of("Bearer " + internalScoresToken);
        }
        if (identity.equals(STATISTICS_TOKEN)) {
            return Optional.of("Bearer " + statisticsToken);
        }
        if (usernames.containsKey(identity)) {
            String credentials = usernames.get(identity) + ":" + password(identity);
            return Optional.of("Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    /** A client with a session signed in through the login form as the role's account (anonymous: none). */
    Http session(String identity) throws Exception {
        Http http = new Http(portal.baseUrl());
        if (identity.equals(ANONYMOUS)) {
            return http;
        }
        HttpResponse<String> login = http.logIn(usernames.get(identity), password(identity));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("could not sign in as " + identity + ": " + login.statusCode() + " " + location);
        }
        return http;
    }

    /** An administrator starts a scoring run of the cycle and publishes it. */
    void publish(Browser browser) throws Exception {
        portal.closeCycle(cycle);
        LoginPage.open(browser).logInAs(usernames.get("admin"), password("admin"));
        ScoringPage scoring = ScoringPage.open(browser, cycle);
        String run = scoring.startRunAndWait();
        scoring.publish(run);
        // The office's feedback reports of the published run, generated through their page: {report} is the staff's agency's PDF.
        FeedbackReportsPage.open(browser, cycle).generateAndWait();
        browser.logOut();
        placeholders.put("run", run);
        placeholders.put("report", portal.string("SELECT f.id FROM feedback_report f JOIN agency a ON a.id = f.agency_id"
                + " JOIN feedback_report_batch b ON b.id = f.batch_id JOIN evaluation_cycle c ON c.id = b.cycle_id"
                + " WHERE c.code = '" + cycle + "' AND a.code = '" + STAFF_AGENCY + "' AND f.format = 'PDF'"));
        rectificationTask(browser);
    }

    /**
     * A rectification task of the staff's agency in the published cycle ({task}), its plan written,
     * and its evidence ({evidence}) uploaded by the agency's staff through the desk page.
     */
    private void rectificationTask(Browser browser) throws Exception {
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("""
                    INSERT INTO rectification_task (cycle_id, agency_id, origin, description, working_days, opened_on, due_on, status,
                      opened_by, opened_at, plan_text, plan_by, plan_at)
                    SELECT c.id, a.id, 'REVIEW_PATTERN', '权限矩阵测试', 5, UTC_DATE(), UTC_DATE() + INTERVAL 7 DAY, 'PLAN_SUBMITTED',
                      'admin', UTC_TIMESTAMP(6), '权限矩阵测试方案', 'agency', UTC_TIMESTAMP(6)
                    FROM evaluation_cycle c, agency a WHERE c.code = '%s' AND a.code = '%s'""".formatted(cycle, STAFF_AGENCY));
        }
        String task = portal.string("SELECT t.id FROM rectification_task t JOIN evaluation_cycle c ON c.id = t.cycle_id"
                + " WHERE c.code = '" + cycle + "'");
        java.nio.file.Path pdf = java.nio.file.Files.write(java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "matrix", ".pdf"),
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        LoginPage.open(browser).logInAs(usernames.get("agency"), password("agency"));
        org.minping.web.browser.pages.RectificationTaskPage.onTheDesk(browser, Long.parseLong(task)).uploadEvidence(pdf);
        java.nio.file.Files.delete(pdf);
        browser.logOut();
        placeholders.put("task", task);
        placeholders.put("evidence", portal.string("SELECT id FROM rectification_evidence WHERE task_id = " + task));
    }

    private void store(LocalDate periodStart, LocalDate periodEnd) throws Exception {
        String organisation = "AXORG" + suffix;
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            portal.createCycle(cycle, "权限矩阵测试", "Access matrix test", periodStart, periodEnd);
            for (String role : ROLES) {
                // each demo account has exactly its role
                usernames.put(role, portal.copyOfAccount(role));
            }
            sql.executeUpdate("INSERT INTO evaluator_org (code, name_zh, name_en, created_by, created_at)"
                    + " VALUES ('" + organisation + "', '矩阵评估机构', 'Matrix evaluators', 'admin', UTC_TIMESTAMP(6))");
            sql.executeUpdate("INSERT INTO evaluator_member (user_id, org_id) SELECT u.id, o.id FROM user_account u, evaluator_org o"
                    + " WHERE u.username = '" + usernames.get("evaluator") + "' AND o.code = '" + organisation + "'");
            sql.executeUpdate("INSERT INTO evaluator_assignment (org_id, agency_id, cycle_id, assigned_by, assigned_at)"
                    + " SELECT o.id, a.id, c.id, 'admin', UTC_TIMESTAMP(6) FROM evaluator_org o, agency a, evaluation_cycle c"
                    + " WHERE o.code = '" + organisation + "' AND a.code = '" + ASSESSED_AGENCY + "' AND c.code = '" + cycle + "'");
            sql.executeUpdate("INSERT INTO conflict_declaration (org_id, agency_id, has_conflict, statement, declared_by, declared_at)"
                    + " SELECT o.id, a.id, FALSE, '无', 'admin', UTC_TIMESTAMP(6) FROM evaluator_org o, agency a"
                    + " WHERE o.code = '" + organisation + "' AND a.code = '" + ASSESSED_AGENCY + "'");
            sql.executeUpdate("INSERT INTO api_token (name, scope, token_sha256, created_by, created_at, org_id)"
                    + " SELECT 'matrix assessments', 'assessments', '" + sha256(assessmentsToken) + "', 'admin', UTC_TIMESTAMP(6), id"
                    + " FROM evaluator_org WHERE code = '" + organisation + "'");
            sql.executeUpdate("INSERT INTO api_token (name, scope, token_sha256, created_by, created_at)"
                    + " VALUES ('matrix internal scores', 'internal-scores', '" + sha256(internalScoresToken) + "', 'admin',"
                    + " UTC_TIMESTAMP(6))");
            sql.executeUpdate("INSERT INTO api_token (name, scope, token_sha256, created_by, created_at)"
                    + " VALUES ('matrix statistics', 'statistics', '" + sha256(statisticsToken) + "', 'admin', UTC_TIMESTAMP(6))");
            for (int i = 0; i < 12; i++) {
                sql.executeUpdate("""
                        INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status, submitted_at)
                        SELECT '%s', a.id, s.id, 'WEB', 4, 'PUBLISHED', '%s 10:00:00'
                        FROM agency a JOIN indicator_system s ON s.track_id = a.track_id AND s.template WHERE a.code = '%s'"""
                        .formatted("MP-X" + digits(4) + "-" + digits(5), periodStart, ASSESSED_AGENCY));
            }
        }
        placeholders.put("agency", STAFF_AGENCY);
        placeholders.put("service", STAFF_SERVICE);
        placeholders.put("cycle", cycle);
        placeholders.put("track", "LOCAL");
        // A work plan of Beijing, an agency no other test makes a plan for: the office's page of one plan.
        try (Connection connection = portal.database(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("""
                    INSERT IGNORE INTO work_plan (agency_id, overall_goal, starts_on, ends_on, report_every, report_unit, next_report_due,
                      report_anchor, created_by, created_at)
                    SELECT id, '权限矩阵测试方案', UTC_DATE(), UTC_DATE() + INTERVAL 1 YEAR, 1, 'MONTHS', UTC_DATE() + INTERVAL 1 MONTH,
                      UTC_DATE() + INTERVAL 1 MONTH, 'admin', UTC_TIMESTAMP(6) FROM agency WHERE code = 'BJ'""");
        }
        placeholders.put("plan", portal.string("SELECT p.id FROM work_plan p JOIN agency g ON g.id = p.agency_id WHERE g.code = 'BJ'"));
    }

    /** The evaluator organisation's system uploads a valid sheet with a PDF report: pending, for four eyes. */
    private void uploadSheet() throws Exception {
        List<String> leaves = new ArrayList<>();
        try (Connection db = portal.database(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("""
                     SELECT i.code FROM indicator i JOIN indicator_system s ON s.id = i.system_id AND s.template
                     JOIN agency a ON a.track_id = s.track_id AND a.code = '%s'
                     JOIN indicator_source_weight w ON w.indicator_id = i.id AND w.source = 'THIRD_PARTY' AND w.weight > 0"""
                     .formatted(ASSESSED_AGENCY))) {
            while (rows.next()) {
                leaves.add(rows.getString(1));
            }
        }
        StringBuilder csv = new StringBuilder("agency,indicator,score\n");
        leaves.forEach(leaf -> csv.append(ASSESSED_AGENCY).append(',').append(leaf).append(",77\n"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"cycle\"\r\n\r\n" + cycle + "\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"sheet\"; filename=\"matrix.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + csv + "\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"report\"; filename=\"report.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Http http = new Http(portal.baseUrl());
        HttpResponse<String> created = http.send(http.request("/api/v1/assessments")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", "Bearer " + assessmentsToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("the fixture's sheet was refused: " + created.statusCode() + " " + created.body());
        }
        placeholders.put("sheet", Long.toString(Http.object(created).getJsonNumber("id").longValue()));
    }

    /**
     * A bad review of the staff's agency with a comment (its receipt is {receipt}; it opens the
     * follow-up {followup}), and a second appraisal whose receipt the state-changing calls may spend.
     */
    private void submitAppraisals() throws Exception {
        String receipt = submit("""
                {"agencyCode":"%s","serviceCode":"%s","channel":"APP","overall":1,"comment":"权限矩阵测试：窗口排队太久"}"""
                .formatted(STAFF_AGENCY, STAFF_SERVICE));
        placeholders.put("receipt", receipt);
        placeholders.put("disposableReceipt", submit("""
                {"agencyCode":"%s","channel":"APP","overall":4}""".formatted(STAFF_AGENCY)));
        placeholders.put("followup", portal.string("SELECT f.id FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id"
                + " WHERE a.receipt = '" + receipt + "'"));
    }

    private String submit(String body) throws Exception {
        // the channel APP: an intake system submits for its user
        HttpResponse<String> response = ApiRater.system(portal).post("access-" + UUID.randomUUID(), body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the fixture's appraisal was refused: " + response.statusCode() + " " + response.body());
        }
        JsonObject receipt = Http.object(response);
        return receipt.getString("receipt");
    }

    private static String digits(int count) {
        return UUID.randomUUID().toString().replaceAll("[^0-9]", "").concat("0123456789").substring(0, count);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
