package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ReceiptPage;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A signed-in citizen finds their appraisals on "my appraisals" and withdraws one; published ones stay. */
class MyAppraisalsIT extends BrowserTestBase {

    @Test
    void aCitizenSeesTheirAppraisalsAndWithdrawsOne(Portal portal) throws Exception {
        LoginPage.open(browser).logInAs("citizen", "citizen-demo");
        ReceiptPage receipt = AgencyPage.open(browser, "SZ").rateOverall(2).submit();
        String code = receipt.receiptCode();

        browser.go("/mine");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("mine-heading")));
        List<String> mine = browser.driver().findElements(By.cssSelector("#mine tbody tr")).stream()
                .map(row -> row.getAttribute("data-receipt")).toList();
        assertTrue(mine.contains(code), mine.toString());

        long cells = portal.count("SELECT COALESCE(SUM(k.n), 0) FROM cube_current k JOIN agency a ON a.id = k.agency_id"
                + " JOIN evaluation_cycle c ON c.id = k.cycle_id AND c.code = '2026' WHERE a.code = 'SZ'");
        ReceiptPage shown = ReceiptPage.open(browser, code);
        assertTrue(shown.offersWithdrawal());
        shown.withdraw();
        assertEquals("WITHDRAWN", shown.status());
        assertFalse(shown.offersWithdrawal(), "a withdrawn appraisal cannot be withdrawn again");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + code + "' AND status = 'WITHDRAWN'"));
        assertTrue(portal.count("SELECT COALESCE(SUM(k.n), 0) FROM cube_current k JOIN agency a ON a.id = k.agency_id"
                + " JOIN evaluation_cycle c ON c.id = k.cycle_id AND c.code = '2026' WHERE a.code = 'SZ'") < cells,
                "the withdrawn appraisal left the cube");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'appraisal.withdraw' AND subject = 'appraisal:" + code + "'"));

        browser.go("/mine");
        WebElement status = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#mine tr[data-receipt='" + code + "'] .status")));
        assertEquals("WITHDRAWN", status.getAttribute("data-status"));

        HttpResponse<String> again = new Http(portal.baseUrl()).post("/api/v1/appraisals/" + code + "/withdrawal", "application/json", "");
        assertEquals(409, again.statusCode(), again.body());
    }

    @Test
    void anAppraisalInAPublishedResultCannotBeWithdrawn(Portal portal) throws Exception {
        String receipt = "MP-WD000-00001";
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            portal.createCycle("IT-WD", "撤回测试", "Withdrawal test", LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-31"));
            sql.executeUpdate("""
                    INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status, submitted_at)
                    SELECT '%s', a.id, s.id, 'WEB', 3, 'PUBLISHED', '2025-01-15 10:00:00'
                    FROM agency a JOIN indicator_system s ON s.track_id = a.track_id AND s.template WHERE a.code = 'HZ'"""
                    .formatted(receipt));
            sql.executeUpdate("""
                    INSERT INTO scoring_run (cycle_id, started_by, started_at, finished_at, parameters, input_sha256, output_sha256, appraisals)
                    SELECT id, 'admin', '2025-02-01 09:00:00', '2025-02-01 09:01:00', '{}', REPEAT('0', 64), REPEAT('0', 64), 1
                    FROM evaluation_cycle WHERE code = 'IT-WD'""");
            sql.executeUpdate("""
                    UPDATE evaluation_cycle c JOIN scoring_run r ON r.cycle_id = c.id SET c.published_run_id = r.id
                    WHERE c.code = 'IT-WD'""");
        }
        HttpResponse<String> refused = new Http(portal.baseUrl()).post("/api/v1/appraisals/" + receipt + "/withdrawal",
                "application/json", "");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("the published result of cycle IT-WD includes it"), refused.body());
        assertFalse(ReceiptPage.open(browser, receipt).offersWithdrawal());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt + "' AND status = 'PUBLISHED'"));
    }
}
