package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The list of evaluation cycles: their states, the steps that open and close them, and the form that creates one. */
public final class CyclesPage {

    private final Browser browser;

    private CyclesPage(Browser browser) {
        this.browser = browser;
    }

    public static CyclesPage open(Browser browser) {
        browser.go("/admin/cycles");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cycles-heading")));
        return new CyclesPage(browser);
    }

    /** Fills the new-cycle form as a person does (dates through the date fields) and submits it. */
    public void create(String code, String nameZh, String nameEn, String kind, String start, String end, String copyFrom) {
        type("newCycle:code", code);
        type("newCycle:nameZh", nameZh);
        type("newCycle:nameEn", nameEn);
        new Select(browser.driver().findElement(By.id("newCycle:kind"))).selectByValue(kind);
        date("newCycle:start", start);
        date("newCycle:end", end);
        new Select(browser.driver().findElement(By.id("newCycle:copyFrom"))).selectByValue(copyFrom);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("newCycle:create")));
    }

    /** The problems the new-cycle form was refused with, as shown. */
    public List<String> creationProblems() {
        return browser.driver().findElements(By.cssSelector("#new-cycle-problems li")).stream().map(WebElement::getText).toList();
    }

    /** The state code shown for a cycle (DRAFT, OPEN, ...). */
    public String state(String code) {
        return row(code).findElement(By.cssSelector(".cycle-state")).getAttribute("data-state");
    }

    /** The state as the page names it in its language. */
    public String stateLabel(String code) {
        return row(code).findElement(By.cssSelector(".cycle-state")).getText();
    }

    /** Opens the cycle: the button, then yes in the confirmation, whose text is returned. */
    public String openCycle(String code) {
        return step(code, "open");
    }

    /** Closes the cycle: the button, then yes in the confirmation, whose text is returned. */
    public String closeCycle(String code) {
        return step(code, "close");
    }

    /** Tries to open the cycle, which is refused: the button, yes in the confirmation; returns the problems shown. */
    public List<String> openRefused(String code) {
        row(code).findElement(By.cssSelector("button[id$=':open']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("cycles:confirm-yes")));
        browser.driver().findElement(By.id("cycles:confirm-yes")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cycles-problems li")));
        browser.awaitQuiet();
        return browser.driver().findElements(By.cssSelector("#cycles-problems li")).stream().map(WebElement::getText).toList();
    }

    private String step(String code, String button) {
        row(code).findElement(By.cssSelector("button[id$=':" + button + "']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("cycles:confirm-yes")));
        String question = browser.driver().findElement(By.id("cycles:confirm-step")).getText();
        String before = state(code);
        browser.driver().findElement(By.id("cycles:confirm-yes")).click();
        browser.waiting().until(d -> !state(code).equals(before));
        browser.awaitQuiet();
        return question;
    }

    private WebElement row(String code) {
        return browser.driver().findElement(By.xpath("//span[@class='cycle-code' and @data-cycle='" + code + "']/ancestor::tr"));
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date field's value as the date picker would (typing into it depends on the browser's locale). */
    private void date(String id, String isoDate) {
        WebElement field = browser.driver().findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", field, isoDate);
    }
}
