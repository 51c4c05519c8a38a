package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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

    /** Filters by status (enum name, "" for any) and agency code ("" for any), and waits for the table to reload. */
    public ModerationQueuePage filter(String status, String agencyCode) {
        new Select(browser.driver().findElement(By.id("queue:status"))).selectByValue(status);
        new Select(browser.driver().findElement(By.id("queue:agency"))).selectByValue(agencyCode);
        return applyFilter();
    }

    /** Filters by the agency a moderator picks by its name, as the page shows it, and waits for the table to reload. */
    public ModerationQueuePage filterByAgencyName(String name) {
        new Select(browser.driver().findElement(By.id("queue:agency"))).selectByVisibleText(name);
        return applyFilter();
    }

    private ModerationQueuePage applyFilter() {
        browser.driver().findElement(By.id("queue:filter")).click();
        browser.awaitQuiet();
        return this;
    }

    /** Shows only held appraisals past their service level. */
    public ModerationQueuePage filterOverdue() {
        WebElement overdue = browser.driver().findElement(By.id("queue:overdue"));
        if (!overdue.isSelected()) {
            overdue.click();
        }
        browser.driver().findElement(By.id("queue:filter")).click();
        browser.awaitQuiet();
        return this;
    }

    public boolean isMarkedOverdue(String receipt) {
        return !browser.driver().findElement(By.xpath("//span[@class='receipt' and text()='" + receipt + "']/ancestor::tr"))
                .findElements(By.cssSelector("strong.overdue")).isEmpty();
    }

    public ModerationQueuePage select(String receipt) {
        WebElement row = browser.driver().findElement(By.xpath(
                "//span[@class='receipt' and text()='" + receipt + "']/ancestor::tr"));
        row.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
        browser.awaitQuiet();
        return this;
    }

    public ModerationQueuePage rejectSelected(String reason) {
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("queue:rejectReason")))
                .selectByValue(reason);
        browser.driver().findElement(By.id("queue:reject")).click();
        browser.awaitQuiet();
        return this;
    }

    public ModerationQueuePage approveSelected() {
        browser.driver().findElement(By.id("queue:approve")).click();
        browser.awaitQuiet();
        return this;
    }

    /** Decides the open appeal (or contest) of the appraisal: overturns the rejection (grants the contest) or upholds it. */
    public ModerationQueuePage decideAppeal(String receipt, boolean forTheFiler) {
        browser.driver().findElement(By.xpath("//span[@class='appeal-receipt' and text()='" + receipt
                + "']/ancestor::tr//button[contains(@id, '" + (forTheFiler ? ":overturn" : ":uphold") + "')]")).click();
        browser.awaitQuiet();
        return this;
    }

    public String notice() {
        List<WebElement> notice = browser.driver().findElements(By.id("queue-notice"));
        return notice.isEmpty() ? "" : notice.get(0).getText();
    }

    public String problem() {
        List<WebElement> problem = browser.driver().findElements(By.id("queue-problem"));
        return problem.isEmpty() ? "" : problem.get(0).getText();
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
