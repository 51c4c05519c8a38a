package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ModerationQueuePage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agency contests a review as malicious (恶意差评) through the appeal flow: a moderator of no
 * part in the agency grants it, the review leaves every score, and its author may still appeal.
 */
class ContestIT extends BrowserTestBase {

    @Test
    void anAgencyContestsAMaliciousReviewAndAModeratorDecides(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        String receipt = Http.object(ApiRater.anonymous(portal).post("contest-" + UUID.randomUUID(),
                "{\"agencyCode\":\"HZ\",\"overall\":1,\"comment\":\"从没去过，但就是差 " + UUID.randomUUID().toString().substring(0, 6) + "\"}"))
                .getString("receipt");
        long followUp = portal.count("SELECT f.id FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id WHERE a.receipt = '" + receipt + "'");

        LoginPage.open(browser).logInAs("agency", "agency-demo");
        browser.go("/desk/followup?id=" + followUp);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("followup-heading")));
        browser.driver().findElement(By.id("contest:statement")).sendKeys("当日无此人办件记录，评价内容与事实不符。");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("contest:file")));
        assertEquals("OPEN", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("contest-status")))
                .getAttribute("data-status"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appeal p JOIN appraisal a ON a.id = p.appraisal_id"
                + " WHERE a.receipt = '" + receipt + "' AND p.kind = 'AGENCY' AND p.filed_by = 'agency' AND p.status = 'OPEN'"));

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage.open(browser);
        browser.driver().findElement(By.xpath("//span[@class='appeal-receipt' and @data-kind='AGENCY' and text()='" + receipt
                + "']/ancestor::tr//button[contains(@id, ':overturn')]")).click();
        browser.awaitQuiet();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt
                + "' AND status = 'REJECTED' AND decision_reason = 'malicious' AND decided_by = 'moderator'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'moderation.contest.grant'"
                + " AND subject = 'appraisal:" + receipt + "'"));

        var status = Http.object(http.get("/api/v1/appraisals/" + receipt));
        assertEquals("REJECTED", status.getString("status"));
        assertTrue(status.containsKey("appealUntil"), "the author may appeal the finding: " + status);
        assertEquals(201, http.postJson("/api/v1/appraisals/" + receipt + "/appeals", null,
                "{\"statement\":\"我确实去办过事。\"}").statusCode());
    }
}
