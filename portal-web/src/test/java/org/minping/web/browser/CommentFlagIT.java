package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ModerationQueuePage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Visitors report a public comment among several on the page, each with its own report form;
 * three reporters hide it, one reporter twice counts once; a moderator restores it.
 */
class CommentFlagIT extends BrowserTestBase {

    private static final String AGENCY = "GX";

    @Test
    void threeReportsHideACommentUntilAModeratorDecides(Portal portal) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        comment(portal, "办事大厅空调太冷了 " + tag);
        String text = "这个窗口的人总是玩手机，不理人 " + tag;
        String receipt = comment(portal, text);
        comment(portal, "材料一次讲清楚了，点赞 " + tag);
        long id = portal.count("SELECT id FROM appraisal WHERE receipt = '" + receipt + "'");

        AgencyPage page = AgencyPage.open(browser, AGENCY);
        List<String> shown = browser.driver().findElements(By.cssSelector("#comments li[data-comment]")).stream()
                .map(item -> item.getAttribute("data-comment")).toList();
        int position = shown.indexOf(String.valueOf(id));
        assertTrue(position > 0 && position < shown.size() - 1, "the reported comment is neither the first nor the last: " + shown);

        String notice = page.reportComment(id, "offensive");
        assertEquals(1, flags(portal, id), "the visitor's report is stored (the page said: " + notice + ")");
        assertEquals("offensive", portal.string("SELECT reason FROM comment_flag WHERE appraisal_id = " + id));
        AgencyPage.open(browser, AGENCY).reportComment(id, "offensive");
        assertEquals(1, flags(portal, id), "one reporter counts once");
        browser.driver().manage().deleteAllCookies();
        AgencyPage.open(browser, AGENCY).reportComment(id, "spam");
        assertEquals(2, flags(portal, id));
        assertTrue(browser.driver().getPageSource().contains(text), "two reports do not hide it");
        browser.driver().manage().deleteAllCookies();
        AgencyPage.open(browser, AGENCY).reportComment(id, "offensive");
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
        browser.go("/agency?code=" + AGENCY);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li[data-comment='" + id + "']")));
    }

    /** A public comment on the agency by a new anonymous client; its receipt. */
    private static String comment(Portal portal, String text) throws Exception {
        return Http.object(ApiRater.anonymous(portal).post("flag-" + UUID.randomUUID(),
                "{\"agencyCode\":\"" + AGENCY + "\",\"overall\":2,\"comment\":\"" + text + "\"}")).getString("receipt");
    }

    private static long flags(Portal portal, long id) throws Exception {
        return portal.count("SELECT COUNT(*) FROM comment_flag WHERE appraisal_id = " + id);
    }
}
