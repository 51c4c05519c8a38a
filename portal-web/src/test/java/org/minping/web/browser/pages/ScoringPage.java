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

    /** Starts a run that cannot succeed and returns what the page says about it once the progress bar has finished. */
    public String startRunAndReadProblem() {
        browser.driver().findElement(By.id("scoring:start")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("run-problem")));
        browser.awaitQuiet();
        return browser.driver().findElement(By.id("run-problem")).getText();
    }

    /** The warning that the cycle's appraisals cannot be weighted to its margins: its lines, or none. */
    public List<String> weightingWarning() {
        return browser.driver().findElements(By.cssSelector("#weighting-warning p")).stream().map(WebElement::getText).toList();
    }

    /** Runs without population weighting, as the warning offers, and waits until the new run is listed. */
    public String runUnweightedAndWait() {
        int before = runIds().size();
        browser.driver().findElement(By.id("scoring:startUnweighted")).click();
        browser.waiting().until(d -> runIds().size() > before);
        browser.awaitQuiet();
        return runIds().get(0);
    }

    /** Whether the run list marks the run as run without population weighting. */
    public boolean isUnweighted(String runId) {
        return !row(runId).findElements(By.cssSelector(".unweighted-marker")).isEmpty();
    }

    /** Whether the heading of the ranking shown says its run was not weighted. */
    public boolean rankingIsMarkedUnweighted() {
        return !browser.driver().findElements(By.id("scoring:ranking-unweighted")).isEmpty();
    }

    public String outputDigest(String runId) {
        return row(runId).findElement(By.cssSelector("code.output-digest")).getAttribute("title");
    }

    public String inputDigest(String runId) {
        return row(runId).findElement(By.cssSelector("code.input-digest")).getAttribute("title");
    }

    /** Presses the run's publish button and returns the confirmation's text, leaving the dialog open. */
    public String askToPublish(String runId) {
        row(runId).findElement(By.cssSelector("button[id$=':publish']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("scoring:confirm-yes")));
        return browser.driver().findElement(By.id("scoring:confirm-publication")).getText();
    }

    /** Answers no in an open confirmation; waits until the dialog has closed. */
    public void cancelPublication() {
        browser.driver().findElement(By.id("scoring:confirm-no")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("scoring:confirm-yes")));
    }

    /** Publishes the run as an administrator does: the publish button, then yes in the confirmation. */
    public void publish(String runId) {
        askToPublish(runId);
        confirmPublication(runId);
    }

    /** Answers yes in the open confirmation of {@link #askToPublish}; waits until the run list marks the run as published. */
    public void confirmPublication(String runId) {
        browser.driver().findElement(By.id("scoring:confirm-yes")).click();
        browser.waiting().until(d -> !row(runId).findElements(By.cssSelector(".published-marker")).isEmpty());
        browser.awaitQuiet();
    }

    /** Tries to publish a run the cycle's state does not allow; returns the reason the page gives. */
    public String publishAndReadProblem(String runId) {
        askToPublish(runId);
        browser.driver().findElement(By.id("scoring:confirm-yes")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("run-problem")));
        browser.awaitQuiet();
        return browser.driver().findElement(By.id("run-problem")).getText();
    }

    /** The state code of the chosen cycle, as the page shows it (OPEN, CLOSED, SCORED, ...). */
    public String state() {
        return browser.driver().findElement(By.id("scoring-state")).getAttribute("data-state");
    }

    /** Rank shown in the ranking table for an agency code. */
    public String rankOf(String agencyCode) {
        WebElement agency = browser.driver().findElement(By.cssSelector("#scoring\\:ranking span.agency[data-agency='" + agencyCode + "']"));
        return agency.findElement(By.xpath("./ancestor::tr")).findElement(By.cssSelector("span.rank")).getText();
    }

    /** What the run list says the run held out, as "SOURCE/AGENCY/INDICATOR" with the words the page shows. */
    public List<String> heldOut(String runId) {
        return row(runId).findElements(By.cssSelector("li.held-out-item")).stream()
                .map(li -> li.getAttribute("data-source") + "/" + li.getAttribute("data-agency") + "/" + li.getAttribute("data-indicator")
                        + " " + li.getText())
                .toList();
    }

    private WebElement row(String runId) {
        return browser.driver().findElement(By.xpath("//span[@class='run-id' and text()='" + runId + "']/ancestor::tr"));
    }
}
