package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An expert's score sheets: the panels the expert sits on, and one panel's lines of scores with comments. */
public final class ExpertScoresPage {

    private final Browser browser;

    private ExpertScoresPage(Browser browser) {
        this.browser = browser;
    }

    public static ExpertScoresPage open(Browser browser) {
        browser.go("/expert/scores");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("expert-heading")));
        return new ExpertScoresPage(browser);
    }

    /** Follows the link of a panel the expert sits on; its sheet opens. */
    public ExpertScoresPage sheet(String cycle, String track) {
        browser.clickAndAwaitNewPage(membership(cycle, track).findElement(By.tagName("a")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("expert-lines")));
        return this;
    }

    /** Whether the list of panels shows the expert's scores for a panel as submitted. */
    public boolean submitted(String cycle, String track) {
        return Boolean.parseBoolean(membership(cycle, track).getAttribute("data-submitted"));
    }

    /** A line of the sheet: an agency and an indicator it is scored on. */
    public record Line(String agency, String indicator) {
    }

    public List<Line> lines() {
        return browser.driver().findElements(By.cssSelector("#expert-lines tbody tr")).stream()
                .map(row -> new Line(row.getAttribute("data-agency"), row.getAttribute("data-indicator"))).toList();
    }

    /** Types a line's score and comment. */
    public ExpertScoresPage score(Line line, String score, String comment) {
        WebElement row = browser.driver().findElement(By.cssSelector(
                "#expert-lines tr[data-agency='" + line.agency() + "'][data-indicator='" + line.indicator() + "']"));
        type(row.findElement(By.cssSelector("input.expert-score")), score);
        type(row.findElement(By.cssSelector("textarea.expert-comment")), comment);
        return this;
    }

    /** Keeps the sheet as a draft; returns the problems shown. */
    public List<String> save() {
        return press("save");
    }

    /** Submits the sheet, once and for all; returns the problems shown. */
    public List<String> submit() {
        return press("submit");
    }

    /** Whether the sheet says the scores are submitted and can no longer change. */
    public boolean isFinal() {
        return !browser.driver().findElements(By.id("expert-final")).isEmpty();
    }

    private List<String> press(String button) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("scores:" + button)));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("expert-heading")));
        return browser.driver().findElements(By.cssSelector("#expert-problems li")).stream().map(WebElement::getText).toList();
    }

    private WebElement membership(String cycle, String track) {
        return browser.driver().findElement(By.cssSelector("#memberships li[data-cycle='" + cycle + "'][data-track='" + track + "']"));
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }
}
