package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The office's feedback reports page: a published cycle chosen, its reports generated, the files listed. */
public final class FeedbackReportsPage {

    private final Browser browser;

    private FeedbackReportsPage(Browser browser) {
        this.browser = browser;
    }

    public static FeedbackReportsPage open(Browser browser, String cycle) {
        browser.go("/admin/reports?cycle=" + cycle);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reports:generate")));
        browser.awaitQuiet();
        return new FeedbackReportsPage(browser);
    }

    /** The cycles offered: the published ones, by code. */
    public List<String> cycles() {
        return new Select(browser.driver().findElement(By.id("reports:cycle"))).getOptions().stream()
                .map(option -> option.getAttribute("value")).toList();
    }

    /** Generates the cycle's reports and waits until the batch is listed as done. */
    public FeedbackReportsPage generateAndWait() {
        int done = doneBatches();
        browser.driver().findElement(By.id("reports:generate")).click();
        browser.waiting().until(d -> doneBatches() > done && !d.findElements(By.cssSelector("#report-files a.report-download")).isEmpty());
        browser.awaitQuiet();
        return this;
    }

    /** Clicks generate when it cannot start and returns what the page says. */
    public String generateAndReadProblem() {
        browser.driver().findElement(By.id("reports:generate")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reports-problem")));
        browser.awaitQuiet();
        return browser.driver().findElement(By.id("reports-problem")).getText();
    }

    /** The download address of a file of the newest batch: an agency's ({@code agency} set) or a track's. */
    public String download(String agency, String track, String format) {
        String row = agency != null ? "tr[data-agency='" + agency + "']" : "tr[data-track='" + track + "']:not([data-agency])";
        return browser.driver().findElement(By.cssSelector("#report-files " + row + " a.report-download[data-format='" + format + "']"))
                .getAttribute("href");
    }

    public List<String> batchStates() {
        return browser.driver().findElements(By.cssSelector("#report-batches tbody tr")).stream()
                .map(row -> row.getAttribute("data-state")).toList();
    }

    private int doneBatches() {
        return (int) browser.driver().findElements(By.cssSelector("#report-batches tbody tr")).stream()
                .map((WebElement row) -> row.getAttribute("data-state")).filter("DONE"::equals).count();
    }
}
