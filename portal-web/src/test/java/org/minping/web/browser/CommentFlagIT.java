package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.support.ui.Select;

/** Visitors report a public comment; three reporters hide it, one reporter twice counts once; a moderator restores it. */
class CommentFlagIT extends BrowserTestBase {

    @Test
    void threeReportsHideACommentUntilAModeratorDecides(Portal portal) throws Exception {
        String text = "这个窗口的人总是玩手机，不理人 " + UUID.randomUUID().toString().substring(0, 8);
        String receipt = Http.object(ApiRater.anonymous(portal).post("flag-" + UUID.randomUUID(),
                "{\"agencyCode\":\"GX\",\"overall\":2,\"comment\":\"" + text + "\"}")).getString("receipt");
        long id = portal.count("SELECT id FROM appraisal WHERE receipt = '" + receipt + "'");

        report(id, "offensive");
        report(id, "offensive");
        assertEquals(1, flags(portal, id), "one reporter counts once");
        browser.driver().manage().deleteAllCookies();
        report(id, "spam");
        assertEquals(2, flags(portal, id));
        assertTrue(browser.driver().getPageSource().contains(text), "two reports do not hide it");
        browser.driver().manage().deleteAllCookies();
        report(id, "offensive");
        assertEquals(3, flags(portal, id));
        assertFalse(browser.driver().getPageSource().contains(text), "the third report hides it");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE id = " + id + " AND comment_hidden AND status = 'PUBLISHED'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'moderation.comment-hidden'"
                + " AND subject = 'appraisal:" + receipt + "'"));

        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage.open(browser);
        browser.driver().findElement(By.xpath("//span[@class='flagged-receipt' and text()='" + receipt
                + "']/ancestor::tr//button[contains(@id, ':restore')]")).click();
        browser.awaitQuiet();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE id = " + id + " AND NOT comment_hidden"));
        assertEquals(0, flags(portal, id));
        browser.go("/agency?code=GX");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li[data-comment='" + id + "']")));
    }

    private void report(long id, String reason) {
        browser.go("/agency?code=GX");
        By item = By.cssSelector("li[data-comment='" + id + "']");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(item));
        new Select(browser.driver().findElement(item).findElement(By.tagName("select"))).selectByValue(reason);
        browser.clickAndAwaitNewPage(browser.driver().findElement(item).findElement(By.cssSelector("input.flag-button")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("flag-notice")));
    }

    private static long flags(Portal portal, long id) throws Exception {
        return portal.count("SELECT COUNT(*) FROM comment_flag WHERE appraisal_id = " + id);
    }
}
