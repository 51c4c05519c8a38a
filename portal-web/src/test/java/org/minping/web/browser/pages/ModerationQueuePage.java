package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The moderators' list of newest appraisals. */
public final class ModerationQueuePage {

    private final Browser browser;

    private ModerationQueuePage(Browser browser) {
        this.browser = browser;
    }

    public static ModerationQueuePage open(Browser browser) {
        browser.go("/moderation/queue");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("queue:appraisals")));
        browser.awaitQuiet();
        return new ModerationQueuePage(browser);
    }

    public List<String> receipts() {
        return browser.driver().findElements(By.cssSelector("#queue\\:appraisals span.receipt")).stream()
                .map(WebElement::getText).toList();
    }

    public String statusOf(String receipt) {
        WebElement row = browser.driver().findElement(By.xpath(
                "//span[@class='receipt' and text()='" + receipt + "']/ancestor::tr"));
        return row.findElement(By.cssSelector("span.status")).getAttribute("data-status");
    }
}
