package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;

/** An administrator adds a term to the lexicon and the running portal holds comments with it at once. */
class LexiconIT extends BrowserTestBase {

    @Test
    void aNewTermHoldsCommentsWithoutARestart(Portal portal) throws Exception {
        String term = "新词" + UUID.randomUUID().toString().substring(0, 6);
        Http http = new Http(portal.baseUrl());
        String body = "{\"agencyCode\":\"NDRC\",\"overall\":3,\"comment\":\"我要说" + term + "这件事\"}";
        assertEquals("PUBLISHED", Http.object(ApiRater.anonymous(portal).post("lex-" + UUID.randomUUID(), body))
                .getString("status"));

        LoginPage.open(browser).logInAs("admin", "admin-demo");
        browser.go("/admin/lexicon");
        browser.driver().findElement(By.id("lexicon:term")).sendKeys(term);
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("lexicon:reason"))).selectByValue("SPAM");
        browser.driver().findElement(By.id("lexicon:add")).click();
        browser.awaitQuiet();
        browser.waiting().until(d -> d.findElements(By.cssSelector("span.lexicon-term")).stream()
                .anyMatch(e -> e.getText().equals(term)));

        browser.driver().findElement(By.id("lexicon:add")).click();
        browser.awaitQuiet();
        assertFalse(browser.driver().findElement(By.id("term-error")).getText().isBlank(), "an empty term is refused");

        // The matcher checks the stored version every few seconds: wait for the condition, not a time.
        browser.waiting().until(d -> {
            try {
                return "HELD".equals(Http.object(ApiRater.anonymous(portal).post("lex-" + UUID.randomUUID(), body))
                        .getString("status"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'moderation.lexicon.add'"
                + " AND payload LIKE '%" + term + "%'"));
    }
}
