package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Security finding: an adjustment reason reached the chart's JSON inside a script on /result
 * unescaped and ran. Now the chart model is encoded for a script element, and the pages carry a
 * script policy with a nonce, so markup that slips through anywhere cannot run a script.
 */
class ContentSecurityPolicyIT extends BrowserTestBase {

    private static final String HOSTILE_REASON = "</script><script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

    @Test
    @DisplayName("Finding 4: a hostile adjustment reason on /result is text and runs nothing; a script without the nonce does not run")
    void aHostileAdjustmentReasonIsShownAsTextAndRunsNothing(Portal portal) throws Exception {
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            portal.createCycle("IT-CSP", "脚本策略测试", "Script policy test", LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"));
            sql.executeUpdate("""
                    INSERT INTO score_adjustment (cycle_id, agency_id, reason, points)
                    SELECT c.id, a.id, '%s', 2 FROM evaluation_cycle c, agency a WHERE c.code = 'IT-CSP' AND a.code = 'HZ'"""
                    .formatted(HOSTILE_REASON.replace("'", "''")));
            // Some ratings, so the agency has a score for the adjustment to join.
            sql.executeUpdate("""
                    INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status, submitted_at)
                    SELECT CONCAT('MP-CSP', n.n, '-', LPAD(FLOOR(RAND() * 100000), 5, '0')), a.id, s.id, 'WEB', 4, 'PUBLISHED',
                      '2024-03-10 10:00:00'
                    FROM agency a JOIN indicator_system s ON s.track_id = a.track_id AND s.template
                    JOIN (SELECT 1 n UNION SELECT 2 UNION SELECT 3) n WHERE a.code = 'HZ'""");
        }
        portal.closeCycle("IT-CSP");
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ScoringPage scoring = ScoringPage.open(browser, "IT-CSP");
        scoring.publish(scoring.startRunAndWait());
        browser.logOut();

        browser.go("/result?cycle=IT-CSP&agency=HZ");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#decomposition-chart canvas")).isEmpty());
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        assertNull(script.executeScript("return window.__xss;"), "the reason ran as a script");
        // As served (the page removes its widget scripts once they ran): the model is encoded for a script element.
        String served = new Http(portal.baseUrl()).get("/result?cycle=IT-CSP&agency=HZ").body();
        // (The chart draws a long label on several lines, so the reason is split where it would wrap.)
        assertTrue(served.contains("\\u003c/script\\u003e\\u003cscript\\u003ewindow."), "the chart model is encoded");
        assertFalse(served.contains("<script>window.__xss"), "the reason is never markup");
        assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains("window.__xss=1"),
                "the reason is shown as text");
        // The chart's own script, which carries the page's nonce, ran: the policy lets the portal's scripts work.
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.Chart && Object.keys(Chart.instances || {}).length > 0);")));

        // Whatever reaches the page later without the nonce does not run either.
        script.executeScript("""
                var injected = document.createElement('script');
                injected.textContent = 'window.__injected = 1';
                document.body.appendChild(injected);""");
        assertNull(script.executeScript("return window.__injected;"), "an inline script without the nonce ran");
    }

    /**
     * SECURITY.md case 7: markup in a stored comment, in an agency's name and in a language parameter
     * or header is shown as text: it becomes no element and runs nothing.
     */
    @Test
    @DisplayName("Catalogue 7: stored XSS in a comment, an agency name, a locale parameter → inert")
    void hostileTextInACommentAnAgencyNameOrALocaleParameterIsInert(Portal portal) throws Exception {
        String markup = "<img src=x id=xss-img onerror=window.__xss=1><script>window.__xss=2</script>";
        HttpResponse<String> rated = ApiRater.anonymous(portal).post("xss-" + java.util.UUID.randomUUID(),
                "{\"agencyCode\":\"MEP\",\"overall\":3,\"comment\":\"办事指南 " + markup + "\"}");
        assertEquals("PUBLISHED", Http.object(rated).getString("status"), rated.body());
        String name;
        try (Connection db = portal.database(); Statement sql = db.createStatement();
             var row = sql.executeQuery("SELECT name_zh FROM agency WHERE code = 'MEP'")) {
            row.next();
            name = row.getString(1);
            sql.executeUpdate("UPDATE agency SET name_zh = CONCAT(name_zh, '" + markup + "') WHERE code = 'MEP'");
        }
        try {
            String language = java.net.URLEncoder.encode(markup, java.nio.charset.StandardCharsets.UTF_8);
            for (String path : List.of("/agency?code=MEP&lang=" + language + "&locale=" + language, "/?locale=" + language)) {
                browser.go(path);
                browser.waiting().until(d -> !d.findElements(By.tagName("main")).isEmpty());
                assertNull(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss;"), path + ": a script ran");
                assertTrue(browser.driver().findElements(By.id("xss-img")).isEmpty(), path + ": the text became an element");
            }
            browser.go("/agency?code=MEP");
            String shown = browser.driver().findElement(By.tagName("main")).getText();
            assertTrue(shown.contains("办事指南 <img src=x"), "the comment is shown as text");
            assertTrue(shown.contains(name + "<img src=x"), "the name is shown as text");
            Http http = new Http(portal.baseUrl());
            HttpResponse<String> served = http.send(http.request("/agency?code=MEP&locale=" + language)
                    .header("Accept-Language", markup).GET().build());
            assertEquals(200, served.statusCode());
            assertFalse(served.body().contains("<img src=x"), "markup served as markup");
            assertTrue(served.body().matches("(?s).*<html[^>]* lang=\"(zh-CN|en)\".*"), "the language is the portal's own");
        } finally {
            try (Connection db = portal.database(); var restore = db.prepareStatement(
                    "UPDATE agency SET name_zh = ? WHERE code = 'MEP'")) {
                restore.setString(1, name);
                restore.executeUpdate();
            }
        }
    }

    @Test
    @DisplayName("Finding 4, finding 11: every page has a script policy with a nonce; error pages keep the security headers")
    void pagesCarryAScriptPolicyWithANonceAndErrorPagesKeepTheSecurityHeaders(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        for (String path : List.of("/", "/agency?code=HZ", "/login")) {
            HttpResponse<String> page = http.get(path);
            List<String> policies = page.headers().allValues("Content-Security-Policy");
            assertTrue(policies.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[^']+'.*")), path + ": " + policies);
            assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), path + ": " + policies);
            assertFalse(page.body().matches("(?s).*<script(?![^>]*(nonce=|src=))[^>]*>.*"), path + " has an inline script without a nonce");
        }
        for (String path : List.of("/no-such-page", "/agency?code=NOPE-" + System.nanoTime())) {
            HttpResponse<String> error = http.get(path);
            assertTrue(error.statusCode() >= 400, path + " " + error.statusCode());
            assertEquals("DENY", error.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("nosniff", error.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }
}
