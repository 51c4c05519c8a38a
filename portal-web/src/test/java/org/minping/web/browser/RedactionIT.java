package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ModerationQueuePage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A moderator blanks out a name in a comment; adding words is refused; what deleting joins together
 * is redacted like intake; old items are found by age.
 */
class RedactionIT extends BrowserTestBase {

    @Test
    void aModeratorMasksANameAndCannotAddWords(Portal portal) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String receipt = Http.object(ApiRater.anonymous(portal).post("redact-" + UUID.randomUUID(),
                "{\"agencyCode\":\"AQSIQ\",\"overall\":2,\"comment\":\"窗口的王小明态度很差 " + tag + "\"}")).getString("receipt");

        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        browser.go("/moderation/redact?receipt=" + receipt);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("redact-heading")));
        fill("窗口的王小明态度很好 " + tag);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("redact:save")));
        assertFalse(browser.driver().findElement(By.id("comment-error")).getText().isBlank(), "rewriting is refused");
        fill("窗口的███态度很差 " + tag);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("redact:save")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("redact-done")));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt
                + "' AND comment_text = '窗口的███态度很差 " + tag + "'"));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM audit_event WHERE payload LIKE '%王小明%'"), "the name is nowhere in the chain");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'moderation.redact' AND subject = 'appraisal:" + receipt + "'"));
    }

    @Test
    @DisplayName("Finding 5: a moderator's deletions that join a phone number together → masked before stored")
    void deletionsThatJoinAPhoneNumberTogetherAreMaskedBeforeTheyAreStored(Portal portal) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String apart = "王先生的号码138，1234，5678很难打通 " + tag;
        String receipt = Http.object(ApiRater.anonymous(portal).post("redact-" + UUID.randomUUID(),
                "{\"agencyCode\":\"AQSIQ\",\"overall\":2,\"comment\":\"" + apart + "\"}")).getString("receipt");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt + "' AND comment_text = '" + apart + "'"),
                "three short numbers apart are no phone number at intake");

        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        browser.go("/moderation/redact?receipt=" + receipt);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("redact-heading")));
        fill("王先生的号码13812345678很难打通 " + tag);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("redact:save")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("redact-done")));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt
                + "' AND comment_text = '王先生的号码[手机号]很难打通 " + tag + "'"), "the joined number is masked as at intake");
    }

    @Test
    void theAgeFilterFindsOldItemsOnly(Portal portal) throws Exception {
        String old = "MP-OLD" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 2) + "-"
                + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 5);
        try (var db = portal.database(); var sql = db.createStatement()) {
            sql.executeUpdate("""
                    INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status, hold_reasons, submitted_at)
                    SELECT '%s', a.id, s.id, 'WEB', 3, 'HELD', 'link', UTC_TIMESTAMP(6) - INTERVAL 10 DAY
                    FROM agency a JOIN indicator_system s ON s.track_id = a.track_id AND s.template WHERE a.code = 'MOA'""".formatted(old));
        }
        String fresh = Http.object(ApiRater.anonymous(portal).post("age-" + UUID.randomUUID(),
                "{\"agencyCode\":\"MOA\",\"overall\":3}")).getString("receipt");
        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage queue = ModerationQueuePage.open(browser);
        new Select(browser.driver().findElement(By.id("queue:age"))).selectByValue("7");
        browser.driver().findElement(By.id("queue:filter")).click();
        browser.awaitQuiet();
        assertTrue(queue.receipts().contains(old), queue.receipts().toString());
        assertFalse(queue.receipts().contains(fresh), "a fresh item is not older than a week");
    }

    private void fill(String text) {
        WebElement area = browser.driver().findElement(By.id("redact:comment"));
        area.clear();
        area.sendKeys(text);
    }
}
