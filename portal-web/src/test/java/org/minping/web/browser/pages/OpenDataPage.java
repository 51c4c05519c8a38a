package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public open-data page: published cycles with their downloads, and the data dictionary. */
public final class OpenDataPage {

    private final Browser browser;

    private OpenDataPage(Browser browser) {
        this.browser = browser;
    }

    public static OpenDataPage open(Browser browser) {
        browser.go("/open-data");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("open-data-heading")));
        return new OpenDataPage(browser);
    }

    /** The codes of the cycles listed with downloads. */
    public List<String> cycles() {
        return browser.driver().findElements(By.cssSelector("#open-data-cycles tr[data-cycle]")).stream()
                .map(row -> row.getAttribute("data-cycle")).toList();
    }

    /** The download links of a cycle, as their paths. */
    public List<String> downloads(String cycle) {
        return browser.driver().findElements(By.cssSelector("#open-data-cycles tr[data-cycle='" + cycle + "'] a.download")).stream()
                .map(a -> java.net.URI.create(a.getAttribute("href")).getPath()).toList();
    }

    /** The columns the dictionary describes for a data set, in their order. */
    public List<String> columns(String dataset) {
        return browser.driver().findElements(By.cssSelector("section[data-dataset='" + dataset + "'] tr[data-column]")).stream()
                .map(row -> row.getAttribute("data-column")).toList();
    }

    /** What the dictionary says a column means. */
    public String meaning(String dataset, String column) {
        WebElement row = browser.driver().findElement(By.cssSelector("section[data-dataset='" + dataset + "'] tr[data-column='" + column + "']"));
        return row.findElement(By.tagName("td")).getText();
    }

    public String suppressionRule() {
        return browser.driver().findElement(By.id("rule-suppression")).getText();
    }
}
