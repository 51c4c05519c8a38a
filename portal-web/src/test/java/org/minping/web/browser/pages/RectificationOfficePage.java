package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The evaluation office's rectification page: weakest indicators, bad-review patterns, the opening form, every task. */
public final class RectificationOfficePage {

    private final Browser browser;

    private RectificationOfficePage(Browser browser) {
        this.browser = browser;
    }

    public static RectificationOfficePage open(Browser browser, String cycle, String agency) {
        browser.go("/admin/rectification?cycle=" + cycle + "&agency=" + agency);
        return awaited(browser);
    }

    private static RectificationOfficePage awaited(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("rectification-office-heading")));
        browser.awaitQuiet();
        return new RectificationOfficePage(browser);
    }

    /** The codes of the weakest indicators, weakest first. */
    public List<String> weakest() {
        return browser.driver().findElements(By.cssSelector("#weakest tbody tr")).stream()
                .map(row -> row.getAttribute("data-indicator")).toList();
    }

    public boolean isMarkedWeak(String indicator) {
        return "true".equals(browser.driver().findElement(By.cssSelector("#weakest tr[data-indicator='" + indicator + "']"))
                .getAttribute("data-weak"));
    }

    /** The agencies listed with a pattern of bad reviews. */
    public List<String> patterns() {
        return browser.driver().findElements(By.cssSelector("#patterns tbody tr")).stream()
                .map(row -> row.getAttribute("data-agency")).toList();
    }

    /**
     * Fills the opening form (origin and indicator by their labels: an indicator's is its code; null
     * leaves a list as it is) and sends it.
     */
    public RectificationOfficePage openTask(String originLabel, String indicator, String description, String workingDays) {
        if (originLabel != null) {
            Lists.choose(browser, "open:origin", originLabel::equals);
        }
        if (indicator != null) {
            Lists.choose(browser, "open:indicator", indicator::equals);
        }
        type("open:description", description);
        type("open:workingDays", workingDays);
        return send();
    }

    /** Sends the opening form as it is (lists perhaps tampered with {@link Lists#forge}). */
    public RectificationOfficePage send() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("open:submit")));
        return awaited(browser);
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public String fieldProblem(String field) {
        return browser.driver().findElement(By.id("open-error-" + field)).getText().strip();
    }

    public String notice() {
        List<WebElement> notice = browser.driver().findElements(By.id("form-notice"));
        return notice.isEmpty() ? "" : notice.get(0).getText();
    }

    public List<String> problems() {
        return browser.driver().findElements(By.cssSelector("#form-problems li")).stream().map(WebElement::getText).toList();
    }

    /** The task ids of the list, in its order. */
    public List<String> tasks() {
        return browser.driver().findElements(By.cssSelector("#rectification-tasks tbody tr")).stream()
                .map(row -> row.getAttribute("data-task")).toList();
    }

    /** Whether the task's row carries the overdue badge. */
    public boolean isMarkedOverdue(long task) {
        return !browser.driver().findElements(By.cssSelector("#rectification-tasks tr[data-task='" + task + "'] .badge-overdue"))
                .isEmpty();
    }
}
