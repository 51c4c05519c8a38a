package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ModerationQueuePage;
import org.minping.web.browser.pages.ReceiptPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A bad review is followed up: agency staff call back and rectify, the citizen rates again and both
 * ratings stay; another agency's follow-up is out of reach; an overdue one is escalated.
 */
class FollowUpIT extends BrowserTestBase {

    @Test
    void aBadReviewIsAnsweredRectifiedAndRatedAgain(Portal portal) throws Exception {
        String complaint = "窗口排队两个小时无人引导 " + UUID.randomUUID().toString().substring(0, 8);
        ReceiptPage receipt = AgencyPage.open(browser, "HZ").rateOverall(1).comment(complaint).submit();
        String code = receipt.receiptCode();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id"
                + " WHERE a.receipt = '" + code + "' AND f.status = 'OPEN' AND f.due_on > f.opened_on"));
        assertEquals("OPEN", browser.driver().findElement(By.id("followup-status")).getAttribute("data-status"));
        long followUp = portal.count("SELECT f.id FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id WHERE a.receipt = '" + code + "'");

        LoginPage.open(browser).logInAs("agency", "agency-demo");
        browser.go("/desk/followups");
        WebElement row = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#followups tr[data-followup='" + followUp + "']")));
        assertTrue(row.findElement(By.cssSelector(".comment")).getText().contains(complaint));
        assertFalse(browser.driver().getPageSource().contains(code), "agency staff never see the receipt");

        browser.go("/desk/followup?id=" + followUp);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("followup-heading")));
        fill("callback:note", "已电话回访，向市民致歉并说明情况。");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("callback:save")));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("followup-status"), "data-status", "ANSWERED"));
        fill("rectification:note", "增设导办员，高峰时段加开两个窗口。");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("rectification:save")));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("followup-status"), "data-status", "RECTIFIED"));
        assertEquals(2, portal.count("SELECT COUNT(*) FROM audit_event WHERE subject = 'follow-up:" + followUp
                + "' AND action IN ('followup.callback', 'followup.rectification')"));

        browser.logOut();
        ReceiptPage.open(browser, code);
        assertEquals("RECTIFIED", browser.driver().findElement(By.id("followup-status")).getAttribute("data-status"));
        assertTrue(browser.driver().findElement(By.id("followup-rectification")).getText().contains("导办员"));
        browser.driver().findElement(By.cssSelector("input[name='rerate:overall'][value='4']")).click();
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("rerate:submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
        String second = browser.driver().findElement(By.id("receipt-code")).getText().strip();
        assertNotEquals(code, second);
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal first JOIN appraisal second ON second.receipt = '" + second
                + "' JOIN follow_up f ON f.appraisal_id = first.id AND f.rerating_appraisal_id = second.id"
                + " WHERE first.receipt = '" + code + "' AND first.overall_level = 1 AND second.overall_level = 4"
                + " AND second.rating_round = 2 AND first.status = 'PUBLISHED'"), "both ratings are kept and linked");
        ReceiptPage.open(browser, code);
        assertTrue(browser.driver().findElements(By.id("rerate:submit")).isEmpty(), "one more rating, no more");
    }

    @Test
    void staffReachOnlyTheirAgencyAndOverdueFollowUpsAreEscalated(Portal portal) throws Exception {
        var created = ApiRater.anonymous(portal).post("fu-" + UUID.randomUUID(),
                "{\"agencyCode\":\"SZ\",\"overall\":2,\"comment\":\"材料被退回三次\"}");
        assertEquals(201, created.statusCode(), created.body());
        String receipt = Http.object(created).getString("receipt");
        long followUp = portal.count("SELECT f.id FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id WHERE a.receipt = '" + receipt + "'");
        var satisfied = Http.object(ApiRater.anonymous(portal).post("fu-" + UUID.randomUUID(),
                "{\"agencyCode\":\"SZ\",\"overall\":4}")).getString("receipt");
        var complaint = Http.object(ApiRater.anonymous(portal).post("fu-" + UUID.randomUUID(),
                "{\"agencyCode\":\"SZ\",\"overall\":4,\"complaint\":true,\"comment\":\"办成了，但收费不透明\"}")).getString("receipt");
        assertEquals(0, portal.count("SELECT COUNT(*) FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id WHERE a.receipt = '" + satisfied + "'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id WHERE a.receipt = '" + complaint + "'"),
                "a complaint is followed up whatever the rating");

        LoginPage.open(browser).logInAs("agency", "agency-demo");
        browser.go("/desk/followup?id=" + followUp);
        assertEquals("404", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")))
                .getAttribute("data-error"), "Hangzhou's staff cannot open Shenzhen's follow-up");
        browser.go("/desk/followups");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("desk-heading")));
        assertTrue(browser.driver().findElements(By.cssSelector("tr[data-followup='" + followUp + "']")).isEmpty());
        browser.logOut();

        try (var db = portal.database(); var sql = db.createStatement()) {
            sql.executeUpdate("UPDATE follow_up SET opened_on = '2026-01-05', due_on = '2026-01-12' WHERE id = " + followUp);
        }
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        browser.go("/admin/followups");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("escalated-heading")));
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("check:now")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("escalated-notice")));
        WebElement row = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#escalated tr[data-followup='" + followUp + "']")));
        assertEquals("SZ", row.getAttribute("data-agency"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'followup.escalate' AND subject = 'follow-up:" + followUp + "'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM follow_up WHERE id = " + followUp + " AND escalated_at IS NOT NULL"));
    }

    @Test
    void aRejectedBadReviewClosesItsFollowUpAndAnOverturnedRejectionReopensIt(Portal portal) throws Exception {
        String receipt = publishedBadReview(portal, "只会推诿，态度恶劣 ");
        long followUp = followUpOf(portal, receipt);

        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage.open(browser).filter("PUBLISHED", "HZ").select(receipt).rejectSelected("SPAM");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM follow_up WHERE id = " + followUp
                + " AND status = 'CLOSED' AND closed_reason = 'spam' AND closed_by = 'moderator' AND closed_at IS NOT NULL"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'followup.close' AND subject = 'follow-up:"
                + followUp + "' AND actor = 'moderator'"));
        browser.logOut();
        LoginPage.open(browser).logInAs("agency", "agency-demo");
        assertFalse(onTheDesk(followUp), "a rejected review leaves the desk");

        Http http = new Http(portal.baseUrl());
        assertEquals(201, http.postJson("/api/v1/appraisals/" + receipt + "/appeals", null,
                "{\"statement\":\"这是真实经历，不是广告。\"}").statusCode());
        browser.logOut();
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ModerationQueuePage.open(browser).decideAppeal(receipt, true);
        assertEquals(1, portal.count("SELECT COUNT(*) FROM follow_up WHERE id = " + followUp
                + " AND status = 'OPEN' AND closed_at IS NULL AND closed_reason IS NULL AND due_on > UTC_DATE()"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'followup.reopen' AND subject = 'follow-up:"
                + followUp + "' AND actor = 'admin'"));
        browser.logOut();
        LoginPage.open(browser).logInAs("agency", "agency-demo");
        assertTrue(onTheDesk(followUp), "the overturned rejection puts the review back on the desk");
    }

    @Test
    void aHeldBadReviewReachesTheDeskOnlyWhenAModeratorApprovesIt(Portal portal) throws Exception {
        JsonObject created = Http.object(ApiRater.anonymous(portal).post("fu-" + UUID.randomUUID(),
                "{\"agencyCode\":\"HZ\",\"overall\":1,\"comment\":\"加我微信 see www.fu-" + UUID.randomUUID().toString()
                        .substring(0, 6) + ".com\"}"));
        assertEquals("HELD", created.getString("status"), created.toString());
        String receipt = created.getString("receipt");
        long followUp = followUpOf(portal, receipt);
        assertEquals(1, portal.count("SELECT COUNT(*) FROM follow_up WHERE id = " + followUp + " AND status = 'PENDING'"));
        LoginPage.open(browser).logInAs("agency", "agency-demo");
        browser.go("/desk/followup?id=" + followUp);
        assertEquals("404", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")))
                .getAttribute("data-error"), "agency staff cannot open a review no moderator has accepted");
        assertFalse(onTheDesk(followUp), "nor find it on their desk");
        browser.logOut();

        try (var db = portal.database(); var sql = db.createStatement()) {
            sql.executeUpdate("UPDATE follow_up SET opened_on = UTC_DATE() - INTERVAL 10 DAY, due_on = UTC_DATE() - INTERVAL 3 DAY"
                    + " WHERE id = " + followUp); // as if it had waited ten days for its moderator
        }
        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage.open(browser).filter("HELD", "HZ").select(receipt).approveSelected();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM follow_up WHERE id = " + followUp
                + " AND status = 'OPEN' AND opened_on = UTC_DATE() AND due_on > opened_on"), "the deadline runs from the approval");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'followup.open' AND subject = 'follow-up:"
                + followUp + "'"));
        browser.logOut();
        LoginPage.open(browser).logInAs("agency", "agency-demo");
        assertTrue(onTheDesk(followUp));
    }

    @Test
    void aRectificationBeforeTheCallBackIsRefusedNamingTheCallBack(Portal portal) throws Exception {
        long followUp = followUpOf(portal, publishedBadReview(portal, "办事指南与窗口要求不一致 "));
        LoginPage.open(browser).logInAs("agency", "agency-demo");
        browser.go("/desk/followup?id=" + followUp);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("followup-heading")));
        fill("rectification:note", "已统一办事指南。");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("rectification:save")));
        String problem = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("followup-problem"))).getText();
        assertEquals(ResourceBundle.getBundle("org.minping.web.i18n.messages", Locale.SIMPLIFIED_CHINESE)
                .getString("validation.followUp.callbackFirst"), problem, "the page is in Chinese, as the browser asks");
        assertEquals("OPEN", browser.driver().findElement(By.id("followup-status")).getAttribute("data-status"));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'followup.rectification'"
                + " AND subject = 'follow-up:" + followUp + "'"));

        fill("callback:note", "已电话回访。");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("callback:save")));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("followup-status"), "data-status", "ANSWERED"));
        fill("rectification:note", "已统一办事指南。");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("rectification:save")));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("followup-status"), "data-status", "RECTIFIED"));
    }

    /** A bad review of Hangzhou (the demo agency staff's) that intake publishes: its follow-up is open. */
    private static String publishedBadReview(Portal portal, String comment) throws Exception {
        JsonObject created = Http.object(ApiRater.anonymous(portal).post("fu-" + UUID.randomUUID(),
                "{\"agencyCode\":\"HZ\",\"overall\":1,\"comment\":\"" + comment + UUID.randomUUID().toString().substring(0, 8) + "\"}"));
        assertEquals("PUBLISHED", created.getString("status"), created.toString());
        return created.getString("receipt");
    }

    private static long followUpOf(Portal portal, String receipt) throws Exception {
        return portal.count("SELECT f.id FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id WHERE a.receipt = '" + receipt + "'");
    }

    /** Whether the signed-in agency staff find the follow-up on their desk. */
    private boolean onTheDesk(long followUp) {
        browser.go("/desk/followups");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("desk-heading")));
        return !browser.driver().findElements(By.cssSelector("tr[data-followup='" + followUp + "']")).isEmpty();
    }

    private void fill(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
