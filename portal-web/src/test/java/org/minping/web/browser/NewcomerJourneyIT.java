package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.browser.pages.HomePage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ModerationQueuePage;
import org.minping.web.browser.pages.ReceiptPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;

/** The newcomer's path through the portal in a real browser. */
class NewcomerJourneyIT extends BrowserTestBase {

    @Test
    void aCitizenFindsHangzhouRatesItAndAModeratorSeesTheAppraisal(Portal portal) throws Exception {
        HomePage home = HomePage.open(browser).searchFor("杭州市");
        assertEquals(List.of("杭州市人民政府"), home.agencyNames());

        AgencyPage agency = home.openAgency("杭州市人民政府");
        assertTrue(agency.heading().contains("杭州市人民政府"));
        long before = portal.count("SELECT COUNT(*) FROM appraisal");
        ReceiptPage receipt = agency.rateOverall(5)
                .rateIndicator("EFFICIENCY", 4)
                .rateIndicator("ATTITUDE", 5)
                .rateIndicator("TRANSPARENCY", 3)
                .chooseService("HZ-BIZ")
                // ZJ: a region that CycleSettingsIT's margins know, whatever order the tests run in
                .respondent("ZJ", "45-59")
                .comment("窗口工作人员很耐心，十分钟办完。")
                .submit();

        String code = receipt.receiptCode();
        assertTrue(code.matches("MP-[0-9A-Z]{5}-[0-9A-Z]{5}"), code);
        assertEquals("PUBLISHED", receipt.status());
        assertTrue(receipt.currentUrl().contains("/receipt"), "post-redirect-get lands on the receipt URL");
        assertEquals(before + 1, portal.count("SELECT COUNT(*) FROM appraisal"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + code
                + "' AND channel = 'WEB' AND overall_level = 5 AND respondent_region = 'ZJ' AND respondent_age_band = '45-59'"));

        // Reloading the receipt page (the redirect target) stores nothing again.
        browser.driver().navigate().refresh();
        assertEquals(before + 1, portal.count("SELECT COUNT(*) FROM appraisal"));

        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage queue = ModerationQueuePage.open(browser);
        assertTrue(queue.receipts().contains(code), queue.receipts().toString());
        assertEquals("PUBLISHED", queue.statusOf(code));
    }

    @Test
    void theFormShowsErrorsBesideTheFieldsAndStoresNothing(Portal portal) throws Exception {
        long before = portal.count("SELECT COUNT(*) FROM appraisal");
        AgencyPage agency = AgencyPage.open(browser, "MOF").comment("长".repeat(1001)).submitExpectingErrors();
        assertFalse(agency.errorBeside("overall").isBlank());
        assertFalse(agency.errorBeside("comment").isBlank());
        assertEquals(before, portal.count("SELECT COUNT(*) FROM appraisal"));

        ReceiptPage receipt = agency.rateOverall(2).comment("排队时间太长").submit();
        assertEquals("PUBLISHED", receipt.status());
        assertEquals(before + 1, portal.count("SELECT COUNT(*) FROM appraisal"));
    }

    @Test
    void aCitizenIsRefusedAdministration() {
        LoginPage.open(browser).logInAs("citizen", "citizen-demo");
        browser.go("/admin/");
        assertEquals("403", browser.driver().findElement(By.id("error-title")).getAttribute("data-error"));
        assertTrue(browser.driver().findElements(By.id("admin-heading")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("nav-admin")).isEmpty());
    }

    @Test
    void theHomePageSwitchesToEnglish() {
        HomePage home = HomePage.open(browser);
        assertEquals("评议政府服务", home.heading());
        home.switchToEnglish();
        assertEquals("Rate a government service", home.heading());
        assertTrue(home.searchFor("Hangzhou").agencyNames().contains("Hangzhou Municipal People's Government"));
    }
}
