package org.minping.web.browser.pages;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The work plan pages' forms (the office's /admin/plans and /admin/plan, the agency's /desk/plan):
 * fields filled as a person does, lists chosen by value or tampered with as a hand-made request would,
 * each form sent with a full page load.
 */
public final class WorkPlanForms {

    private final Browser browser;

    private WorkPlanForms(Browser browser) {
        this.browser = browser;
    }

    /** Opens a page of the work plans and waits for its heading. */
    public static WorkPlanForms open(Browser browser, String path, String headingId) {
        browser.go(path);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(headingId)));
        return new WorkPlanForms(browser);
    }

    public WorkPlanForms type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** A date field (an HTML date input, whose typing depends on the browser's locale): its value set as year-month-day. */
    public WorkPlanForms date(String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                browser.driver().findElement(By.id(id)), date.toString());
        return this;
    }

    public WorkPlanForms choose(String id, String value) {
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** What a hand-made request would post: the chosen entry's value replaced by one that is not in the list. */
    public WorkPlanForms forge(String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const select = arguments[0]; select.options[Math.max(select.selectedIndex, 0)].value = arguments[1];"
                        + " select.selectedIndex = Math.max(select.selectedIndex, 0);",
                browser.driver().findElement(By.id(id)), value);
        return this;
    }

    public WorkPlanForms attach(String id, Path file) {
        browser.driver().findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Sends a form by its button and waits for the page it leads to. */
    public WorkPlanForms send(String buttonId) {
        WebElement button = browser.driver().findElement(By.id(buttonId));
        browser.bringIntoView(button);
        browser.clickAndAwaitNewPage(button);
        return this;
    }

    /** The problems listed at the top of the page (empty when there are none). */
    public List<String> problems(String listId) {
        return browser.driver().findElements(By.cssSelector("#" + listId + " li")).stream().map(WebElement::getText).toList();
    }

    public String notice(String id) {
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }
}
