package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ModerationQueuePage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;

/** The author of a rejected appraisal appeals; a second person decides, never the first moderator. */
class AppealIT extends BrowserTestBase {

    private static final String AGENCY = "AQSIQ";

    @Test
    void aRejectedAuthorAppealsAndASecondPersonOverturns(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        String receipt = Http.object(ApiRater.anonymous(portal).post("appeal-" + UUID.randomUUID(),
                "{\"agencyCode\":\"" + AGENCY + "\",\"overall\":2,\"comment\":\"see www.appeal-" + UUID.randomUUID()
                        .toString().substring(0, 6) + ".com\"}")).getString("receipt");
        HttpResponse<String> tooEarly = http.postJson("/api/v1/appraisals/" + receipt + "/appeals", null, "{\"statement\":\"why\"}");
        assertEquals(422, tooEarly.statusCode(), "a held appraisal cannot be appealed yet");

        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage.open(browser).filter("HELD", AGENCY).select(receipt).rejectSelected("SPAM");
        JsonObject status = Http.object(http.get("/api/v1/appraisals/" + receipt));
        assertEquals("REJECTED", status.getString("status"));
        assertTrue(status.containsKey("appealUntil"), status.toString());

        assertEquals(422, http.postJson("/api/v1/appraisals/" + receipt + "/appeals", null, "{\"statement\":\"  \"}").statusCode());

        browser.driver().manage().deleteAllCookies();
        browser.go("/receipt?receipt=" + receipt);
        browser.driver().findElement(By.id("appeal:statement")).sendKeys("这是真实的办事经历，链接是办事指南的地址，不是广告。");
        browser.driver().findElement(By.id("appeal:submit")).click();
        browser.waiting().until(d -> !d.findElements(By.id("appeal-status")).isEmpty());
        assertEquals("OPEN", browser.driver().findElement(By.id("appeal-status")).getAttribute("data-appeal"));
        assertEquals(409, http.postJson("/api/v1/appraisals/" + receipt + "/appeals", null, "{\"statement\":\"again\"}").statusCode());

        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage queue = ModerationQueuePage.open(browser).decideAppeal(receipt, true);
        assertFalse(queue.problem().isBlank(), "the first moderator may not decide the appeal");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appeal p JOIN appraisal a ON a.id = p.appraisal_id"
                + " WHERE a.receipt = '" + receipt + "' AND p.status = 'OPEN'"));

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ModerationQueuePage.open(browser).decideAppeal(receipt, true);
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt + "' AND status = 'APPROVED'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'moderation.appeal.overturn'"
                + " AND subject = 'appraisal:" + receipt + "' AND actor = 'admin'"));
        assertEquals("OVERTURNED", Http.object(http.get("/api/v1/appraisals/" + receipt)).getString("appeal"));

        browser.go("/admin/");
        long overturned = Long.parseLong(browser.driver().findElement(By.cssSelector("#appeal-statistics dd[data-status='OVERTURNED']"))
                .getText().strip());
        assertTrue(overturned >= 1);
    }

    @Test
    void anAppealWaitingPastItsWorkingDaysIsMarkedOverdue(Portal portal) throws Exception {
        String receipt = "MP-AP" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 3) + "-"
                + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 5);
        try (var db = portal.database(); var sql = db.createStatement()) {
            sql.executeUpdate("""
                    INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status, submitted_at,
                      decision_reason, decided_by, decided_at)
                    SELECT '%s', a.id, s.id, 'WEB', 2, 'REJECTED', '2026-01-05 09:00:00', 'spam', 'moderator', '2026-01-06 09:00:00'
                    FROM agency a JOIN indicator_system s ON s.track_id = a.track_id AND s.template WHERE a.code = 'MOF'"""
                    .formatted(receipt));
            sql.executeUpdate("INSERT INTO appeal (appraisal_id, filed_at, statement, status) SELECT id, '2026-01-07 09:00:00',"
                    + " '不是广告', 'OPEN' FROM appraisal WHERE receipt = '" + receipt + "'");
        }
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ModerationQueuePage.open(browser);
        assertFalse(browser.driver().findElements(By.xpath("//span[@class='appeal-receipt' and text()='" + receipt
                + "']/ancestor::td//span[contains(@class, 'appeal-overdue')]")).isEmpty(), "filed in January, still open");
    }
}
