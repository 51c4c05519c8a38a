package org.minping.web.browser.pages;

import java.nio.file.Path;
import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The evaluators' upload page: a cycle picked from the open ones, the sheet and its optional report. */
public final class ScoreSheetsPage {

    private final Browser browser;

    private ScoreSheetsPage(Browser browser) {
        this.browser = browser;
    }

    public static ScoreSheetsPage open(Browser browser) {
        browser.go("/evaluator/sheets");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sheets-heading")));
        browser.awaitQuiet();
        return new ScoreSheetsPage(browser);
    }

    /** Picks the cycle as a person does, by the code in brackets; the template links follow the choice. */
    public ScoreSheetsPage chooseCycle(String cycleCode) {
        Lists.chooseCode(browser, "upload:cycle", cycleCode);
        browser.waiting().until(d -> templateLink().endsWith("?cycle=" + cycleCode));
        return this;
    }

    /** The labels of the cycle list's entries. */
    public List<String> cycles() {
        return Lists.labels(browser, "upload:cycle");
    }

    /** The address of the CSV template's link. */
    public String templateLink() {
        return browser.driver().findElement(By.id("template-link")).getAttribute("href");
    }

    /**
     * Sends the sheet (and the report, unless null) with the cycle list as it is: as chosen, or
     * tampered with {@link Lists#forge}; answers the problems the page lists.
     */
    public List<String> upload(Path sheet, Path report) {
        browser.driver().findElement(By.id("upload:file")).sendKeys(sheet.toAbsolutePath().toString());
        if (report != null) {
            browser.driver().findElement(By.id("upload:report")).sendKeys(report.toAbsolutePath().toString());
        }
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("upload:submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sheets-heading")));
        browser.awaitQuiet();
        return problems();
    }

    public List<String> problems() {
        return browser.driver().findElements(By.cssSelector("#sheet-problems li")).stream().map(WebElement::getText).toList();
    }

    /** The message beside the cycle list; empty when there is none. */
    public String cycleProblem() {
        return browser.driver().findElement(By.id("upload-error-cycle")).getText();
    }
}
