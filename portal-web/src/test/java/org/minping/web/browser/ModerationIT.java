package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ModerationQueuePage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Moderators work the queue: filter, reject several with a reason, approve; the author is told; no one judges their own agency. */
class ModerationIT extends BrowserTestBase {

    private static String heldAppraisal(Portal portal, String agency) throws Exception {
        JsonObject created = Http.object(ApiRater.anonymous(portal).post("mod-" + UUID.randomUUID(),
                "{\"agencyCode\":\"" + agency + "\",\"overall\":1,\"comment\":\"详情见 www.example-" + UUID.randomUUID()
                        .toString().substring(0, 6) + ".com\"}"));
        assertEquals("HELD", created.getString("status"));
        return created.getString("receipt");
    }

    @Test
    void aModeratorRejectsSeveralWithAReasonAndApprovesOneAndTheAuthorIsTold(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        List<String> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            held.add(heldAppraisal(portal, "MOA"));
        }
        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage queue = ModerationQueuePage.open(browser).filter("HELD", "MOA");
        assertTrue(queue.receipts().containsAll(held), queue.receipts().toString());
        assertTrue(queue.receipts().stream().noneMatch(r -> !r.isEmpty() && queue.statusOf(r).equals("PUBLISHED")));

        queue.select(held.get(0)).select(held.get(1)).rejectSelected("SPAM");
        assertTrue(queue.notice().contains("2"), queue.notice() + queue.problem());
        for (String receipt : held.subList(0, 2)) {
            assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt
                    + "' AND status = 'REJECTED' AND decision_reason = 'spam' AND decided_by = 'moderator'"));
            assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'moderation.reject'"
                    + " AND subject = 'appraisal:" + receipt + "'"));
            JsonObject status = Http.object(http.get("/api/v1/appraisals/" + receipt));
            assertEquals("REJECTED", status.getString("status"));
            assertEquals("spam", status.getJsonArray("reasons").getString(0));
        }
        queue.filter("HELD", "MOA");
        assertFalse(queue.receipts().contains(held.get(0)), "rejected appraisals leave the held list");

        queue.select(held.get(2)).approveSelected();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + held.get(2) + "' AND status = 'APPROVED'"));

        browser.go("/receipt?receipt=" + held.get(0));
        assertEquals("REJECTED", browser.driver().findElement(By.id("receipt-status")).getAttribute("data-status"));
        assertFalse(browser.driver().findElement(By.id("receipt-reasons")).getText().isBlank());
    }

    @Test
    void heldAppraisalsPastTheirServiceLevelAreMarkedAndListedAsOverdue(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        String old = heldAppraisal(portal, "MOA");
        String fresh = heldAppraisal(portal, "MOA");
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE appraisal SET submitted_at = UTC_TIMESTAMP(6) - INTERVAL 20 DAY WHERE receipt = '" + old + "'");
        }
        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage queue = ModerationQueuePage.open(browser).filter("HELD", "MOA");
        assertTrue(queue.isMarkedOverdue(old));
        assertFalse(queue.isMarkedOverdue(fresh));
        queue.filterOverdue();
        assertTrue(queue.receipts().contains(old), queue.receipts().toString());
        assertFalse(queue.receipts().contains(fresh));
    }

    @Test
    void aModeratorCannotDecideAboutTheirOwnAgency(Portal portal) throws Exception {
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("""
                    INSERT IGNORE INTO user_account (username, password_hash, display_name, agency_id, enabled, created_at)
                    SELECT 'moderator-hz', password_hash, '杭州审核员', (SELECT id FROM agency WHERE code = 'HZ'), TRUE, UTC_TIMESTAMP(6)
                    FROM user_account WHERE username = 'moderator'""");
            sql.executeUpdate("""
                    INSERT IGNORE INTO user_role (user_id, role)
                    SELECT id, 'moderator' FROM user_account WHERE username = 'moderator-hz'""");
        }
        String receipt = heldAppraisal(portal, "HZ");
        LoginPage.open(browser).logInAs("moderator-hz", "moderator-demo");
        ModerationQueuePage queue = ModerationQueuePage.open(browser).filter("HELD", "HZ");
        queue.select(receipt).approveSelected();
        assertFalse(queue.problem().isBlank());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt + "' AND status = 'HELD'"));
    }

    @Test
    void onALaptopTheCommentsAreReadableAndTheQueueFiltersByAgencyName(Portal portal) throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String comment = "窗口工作人员说材料不全，让我回去补交，第二次去又说要另一份证明，前后跑了三趟才办成。".repeat(4)
                + " 办事指南的地址是 http://example.invalid/" + "guide".repeat(12) + " " + marker;
        JsonObject created = Http.object(ApiRater.anonymous(portal).post("mod-" + UUID.randomUUID(),
                "{\"agencyCode\":\"MEP\",\"overall\":2,\"comment\":\"" + comment + "\"}"));
        String receipt = created.getString("receipt");
        String agencyName = portal.string("SELECT name_zh FROM agency WHERE code = 'MEP'");

        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage queue = ModerationQueuePage.open(browser).filterByAgencyName(agencyName);
        List<String> shown = queue.receipts();
        assertTrue(shown.contains(receipt), shown.toString());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM appraisal a JOIN agency g ON g.id = a.agency_id WHERE g.code <> 'MEP'"
                + " AND a.receipt IN ('" + String.join("', '", shown) + "')"), "only the picked agency's appraisals");

        WebElement cell = browser.driver().findElement(By.xpath("//span[@class='receipt' and text()='" + receipt
                + "']/ancestor::tr/td[contains(., '" + marker + "')]"));
        assertTrue(cell.getText().contains(comment), "the whole comment is shown: " + cell.getText());
        @SuppressWarnings("unchecked")
        Map<String, Number> layout = (Map<String, Number>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const cell = arguments[0];
                return {cell: cell.getBoundingClientRect().width, table: cell.closest('table').getBoundingClientRect().width,
                        cellContent: cell.scrollWidth, cellBox: cell.clientWidth,
                        page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth};""", cell);
        assertTrue(layout.get("cell").doubleValue() >= 0.35 * layout.get("table").doubleValue()
                && layout.get("cell").doubleValue() >= 400, "the comment column has room: " + layout);
        assertTrue(layout.get("cellContent").doubleValue() <= layout.get("cellBox").doubleValue(),
                "the comment wraps inside its cell, nothing cut off or spilling over: " + layout);
        assertTrue(layout.get("page").doubleValue() <= layout.get("window").doubleValue(),
                "the page needs no sideways scrolling: " + layout);
    }
}
