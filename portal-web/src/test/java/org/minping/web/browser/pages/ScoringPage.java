package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' scoring desk. */
public final class ScoringPage {

    private final Browser browser;

    private ScoringPage(Browser browser) {
        this.browser = browser;
    }

    public static ScoringPage open(Browser browser, String cycle) {
        browser.go("/admin/scoring?cycle=" + cycle);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("scoring:start")));
        browser.awaitQuiet();
        return new ScoringPage(browser);
    }

    public List<String> runIds() {
        return browser.driver().findElements(By.cssSelector("#scoring\\:runs span.run-id")).stream()
                .map(WebElement::getText).toList();
    }

    /** Starts a run and waits until the progress bar has finished and the new run is listed. */
    public String startRunAndWait() {
        int before = runIds().size();
        browser.driver().findElement(By.id("scoring:start")).click();
        browser.waiting().until(d -> runIds().size() > before);
        browser.awaitQuiet();
        return runIds().get(0);
    }

    public String outputDigest(String runId) {
        return row(runId).findElement(By.cssSelector("code.output-digest")).getAttribute("title");
    }

    public String inputDigest(String runId) {
        return row(runId).findElement(By.cssSelector("code.input-digest")).getAttribute("title");
    }

    public void publish(String runId) {
        row(runId).findElement(By.cssSelector("button[id$=':publish']")).click();
        browser.waiting().until(d -> !row(runId).findElements(By.cssSelector(".published-marker")).isEmpty());
        browser.awaitQuiet();
    }

    /** Rank shown in the ranking table for an agency code. */
    public String rankOf(String agencyCode) {
        WebElement agency = browser.driver().findElement(By.cssSelector("#scoring\\:ranking span.agency[data-agency='" + agencyCode + "']"));
        return agency.findElement(By.xpath("./ancestor::tr")).findElement(By.cssSelector("span.rank")).getText();
    }

    private WebElement row(String runId) {
        return browser.driver().findElement(By.xpath("//span[@class='run-id' and text()='" + runId + "']/ancestor::tr"));
    }
}
