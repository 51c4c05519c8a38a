package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.Lists;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.TokensPage;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/**
 * An administrator issues an API token; a system imports internal scores with it (raw values with
 * target and challenge normalized, bad rows named, nothing stored on error, oversized refused);
 * a revoked or missing token gets 401.
 */
class ApiTokenIT extends BrowserTestBase {

    private static final String PATH = "/api/v1/cycles/IT-TOKEN/internal-scores";

    @Test
    void aSystemImportsInternalScoresWithItsTokenUntilRevoked(Portal portal) throws Exception {
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            portal.createCycle("IT-TOKEN", "令牌测试", "Token test", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
        }
        String system = "统计系统 " + UUID.randomUUID().toString().substring(0, 6);
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        TokensPage tokens = TokensPage.open(browser);
        String token = tokens.issue(system, "导入内部考核得分", null).orElseThrow();
        assertTrue(token.startsWith("mp_"), token);
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/admin/tokens"));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM api_token WHERE token_sha256 = '" + token + "'"), "only a digest is kept");

        Http http = new Http(portal.baseUrl());
        HttpResponse<String> anonymous = post(http, null, "agency,indicator,score\nHZ,LAW,90\n");
        assertEquals(401, anonymous.statusCode());
        assertEquals("Bearer", anonymous.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals(401, post(http, "mp_not-a-token", "agency,indicator,score\nHZ,LAW,90\n").statusCode());

        HttpResponse<String> bad = post(http, token, "agency,indicator,value,target,challenge\nHZ,LAW,87.5,80,95\nNOPE,LAW,1,2,3\nSZ,LAW,5,10,10\n");
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("row 3, column agency") && bad.body().contains("row 4: the challenge must differ"), bad.body());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM imported_score s JOIN evaluation_cycle c ON c.id = s.cycle_id WHERE c.code = 'IT-TOKEN'"));

        HttpResponse<String> good = post(http, token, "agency,indicator,value,target,challenge\nHZ,LAW,87.5,80,95\nSZ,LAW,7.5,10,5\n");
        assertEquals(200, good.statusCode(), good.body());
        assertEquals(2, Http.object(good).getInt("stored"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM imported_score s JOIN evaluation_cycle c ON c.id = s.cycle_id"
                + " JOIN agency a ON a.id = s.agency_id WHERE c.code = 'IT-TOKEN' AND a.code = 'HZ' AND s.score = 80"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'import.internal-scores' AND actor = 'token:" + system + "'"));

        StringBuilder huge = new StringBuilder("agency,indicator,score\n");
        while (huge.length() <= 5 * 1024 * 1024) {
            huge.append("HZ,LAW,90,").append("x".repeat(1000)).append('\n');
        }
        assertEquals(413, post(http, token, huge.toString()).statusCode());

        TokensPage.open(browser).revoke(system);
        assertEquals(401, post(http, token, "agency,indicator,score\nHZ,LAW,90\n").statusCode(), "a revoked token opens nothing");
    }

    @Test
    void anAssessmentsTokenBelongsToAnOrganisationPickedFromTheList(Portal portal) throws Exception {
        String org = "TP-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO evaluator_org (code, name_zh, name_en, created_by, created_at)"
                    + " VALUES ('" + org + "', '令牌测试机构', 'Token test organisation', 'admin', UTC_TIMESTAMP(6))");
        }
        String system = "评估系统 " + UUID.randomUUID().toString().substring(0, 6);
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        TokensPage tokens = TokensPage.open(browser);
        String assessments = "第三方机构上传评估结果（须选择评估机构）";
        assertEquals(Optional.empty(), tokens.issue(system, assessments, null));
        assertEquals(List.of("上传评估结果的令牌须属于已登记的评估机构。"), tokens.problems());
        assertEquals("上传评估结果的令牌须属于已登记的评估机构。", tokens.fieldProblem("org"));

        // Values that are not entries of the lists, posted by hand: refused, naming the list; no token.
        Lists.chooseCode(browser, "issue:org", org);
        Lists.forge(browser, "issue:org", "NOPE");
        assertEquals(Optional.empty(), tokens.send());
        assertEquals(List.of("评估机构（仅用于上传评估结果）：请从列表中选择。"), tokens.problems());
        Lists.forge(browser, "issue:scope", "admin");
        assertEquals(Optional.empty(), tokens.send());
        assertEquals("用途：请从列表中选择。", tokens.fieldProblem("scope"));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM api_token WHERE name = '" + system + "'"));

        assertTrue(tokens.issue(system, assessments, org).orElseThrow().startsWith("mp_"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM api_token t JOIN evaluator_org o ON o.id = t.org_id"
                + " WHERE t.name = '" + system + "' AND t.scope = 'assessments' AND o.code = '" + org + "'"));
    }

    @Test
    void aStatisticsDepartmentImportsItsFiguresWithATokenOfItsOwnScope(Portal portal) throws Exception {
        portal.createCycle("IT-STATS", "统计数据测试", "Statistics test", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
        String system = "统计局 " + UUID.randomUUID().toString().substring(0, 6);
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        String token = TokensPage.open(browser).issue(system, "统计部门导入统计数据", null).orElseThrow();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM api_token WHERE name = '" + system + "' AND scope = 'statistics'"));

        Http http = new Http(portal.baseUrl());
        String statistics = "/api/v1/cycles/IT-STATS/statistics";
        String internal = "/api/v1/cycles/IT-STATS/internal-scores";
        assertEquals(401, post(http, internal, token, "agency,indicator,score\nHZ,LAW,90\n").statusCode(), "each token its own scope");
        assertEquals(401, post(http, statistics, null, "agency,indicator,score\nHZ,LAW,90\n").statusCode());
        HttpResponse<String> bad = post(http, statistics, token, "agency,indicator,score\nHZ,LAW,90\nHZ,NOPE,50\n");
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("row 3, column indicator"), bad.body());
        String stored = "SELECT COUNT(*) FROM imported_score s JOIN evaluation_cycle c ON c.id = s.cycle_id WHERE c.code = 'IT-STATS'";
        assertEquals(0, portal.count(stored));

        HttpResponse<String> good = post(http, statistics, token, "agency,indicator,score\nHZ,LAW,90\n");
        assertEquals(200, good.statusCode(), good.body());
        assertEquals(1, portal.count(stored + " AND s.source = 'STATISTICS' AND s.score = 90"));
        assertEquals(0, portal.count(stored + " AND s.source = 'INTERNAL'"), "statistics are not internal scores");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'import.statistics' AND actor = 'token:" + system + "'"));
        StringBuilder huge = new StringBuilder("agency,indicator,score\n");
        while (huge.length() <= 5 * 1024 * 1024) {
            huge.append("HZ,LAW,90,").append("x".repeat(1000)).append('\n');
        }
        assertEquals(413, post(http, statistics, token, huge.toString()).statusCode());
    }

    private static HttpResponse<String> post(Http http, String token, String csv) throws Exception {
        return post(http, PATH, token, csv);
    }

    private static HttpResponse<String> post(Http http, String path, String token, String csv) throws Exception {
        HttpRequest.Builder request = http.request(path).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build());
    }
}
