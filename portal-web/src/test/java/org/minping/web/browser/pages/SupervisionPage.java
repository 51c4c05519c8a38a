package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The supervision page: records of checks and visits, verdicts on imported scores, resolutions. */
public final class SupervisionPage {

    private final Browser browser;

    private SupervisionPage(Browser browser) {
        this.browser = browser;
    }

    public static SupervisionPage open(Browser browser, String cycle) {
        browser.go("/admin/supervision?cycle=" + cycle);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("supervision-heading")));
        return new SupervisionPage(browser);
    }

    /** Records a visit; the kind by its code, the agency by its code, the date as yyyy-mm-dd. */
    public SupervisionPage recordVisit(String kind, String date, String agency, String findings) {
        if (kind != null) {
            new Select(find("visit:kind")).selectByValue(kind);
        }
        if (agency != null) {
            new Select(find("visit:agency")).selectByValue(agency);
        }
        // A date field takes typed digits by locale; set its value as the browser would send it.
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", find("visit:visitedOn"), date);
        find("visit:findings").clear();
        find("visit:findings").sendKeys(findings);
        return submit("visit:record");
    }

    /** The newest record's id (records are listed latest visit first). */
    public List<String> recordIds() {
        return browser.driver().findElements(By.cssSelector("section.supervision-record")).stream()
                .map(s -> s.getAttribute("data-record")).toList();
    }

    /**
     * Checks an imported score: the record by its id, the score by its key (cycle/source/agency/indicator),
     * the verdict by its code.
     */
    public SupervisionPage check(String record, String scoreKey, String verdict, String note) {
        new Select(find("check:record")).selectByValue(record);
        if (scoreKey != null) {
            new Select(find("check:item")).selectByValue(scoreKey);
        }
        if (verdict != null) {
            new Select(find("check:verdict")).selectByValue(verdict);
        }
        find("check:note").sendKeys(note);
        return submit("check:save");
    }

    /** The same, with the score list's chosen entry replaced by a value that is not one of its entries (posted by hand). */
    public SupervisionPage checkForged(String record, String forgedKey, String verdict) {
        new Select(find("check:record")).selectByValue(record);
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const s = arguments[0]; s.options[1].value = arguments[1]; s.selectedIndex = 1;", find("check:item"), forgedKey);
        new Select(find("check:verdict")).selectByValue(verdict);
        return submit("check:save");
    }

    /** The verdict codes of a record's items, as "SOURCE/INDICATOR=VERDICT". */
    public List<String> items(String record) {
        return browser.driver().findElements(By.cssSelector("section[data-record='" + record + "'] tr.supervision-item")).stream()
                .map(r -> r.getAttribute("data-source") + "/" + r.getAttribute("data-indicator") + "=" + r.getAttribute("data-verdict"))
                .toList();
    }

    /** The item ids flagged and not yet resolved, as the resolution form offers them. */
    public List<String> flaggedChoices() {
        return new Select(find("resolve:item")).getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty())
                .toList();
    }

    public SupervisionPage resolve(String item, String resolution, String text) {
        if (item != null) {
            new Select(find("resolve:item")).selectByValue(item);
        }
        if (resolution != null) {
            new Select(find("resolve:resolution")).selectByValue(resolution);
        }
        find("resolve:resolutionText").sendKeys(text);
        return submit("resolve:save");
    }

    /** The item id of a record's row for the source and indicator. */
    public String itemId(String record, String source, String indicator) {
        return browser.driver().findElement(By.cssSelector("section[data-record='" + record + "'] tr.supervision-item[data-source='"
                + source + "'][data-indicator='" + indicator + "']")).getAttribute("data-item");
    }

    /** Whether the page offers the forms that change records (the office), or only reading (auditors). */
    public boolean offersChanges() {
        return !browser.driver().findElements(By.id("visit:record")).isEmpty();
    }

    public List<String> problems() {
        return browser.driver().findElements(By.cssSelector("#supervision-problems li")).stream().map(WebElement::getText).toList();
    }

    /** The message beside one field of one form ("visit", "check", "resolve"); empty when there is none. */
    public String fieldProblem(String form, String field) {
        return browser.driver().findElement(By.id(form + "-error-" + field)).getText();
    }

    public String notice() {
        List<WebElement> notice = browser.driver().findElements(By.id("supervision-notice"));
        return notice.isEmpty() ? "" : notice.get(0).getText();
    }

    private WebElement find(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private SupervisionPage submit(String button) {
        WebElement target = find(button);
        browser.bringIntoView(target);
        browser.clickAndAwaitNewPage(target);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("supervision-heading")));
        return this;
    }
}
