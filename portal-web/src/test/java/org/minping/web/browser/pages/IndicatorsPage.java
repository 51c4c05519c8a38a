package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' list of indicator-system versions: making a draft from one, comparing two. */
public final class IndicatorsPage {

    private final Browser browser;

    private IndicatorsPage(Browser browser) {
        this.browser = browser;
    }

    public static IndicatorsPage open(Browser browser) {
        browser.go("/admin/indicators");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("indicators-heading")));
        browser.awaitQuiet();
        return new IndicatorsPage(browser);
    }

    /** A version's row as the list shows it. */
    public record Version(String code, String state, List<String> cells) {
    }

    public List<Version> versions() {
        return browser.driver().findElements(By.cssSelector("span.version")).stream().map(span -> {
            WebElement row = span.findElement(By.xpath("ancestor::tr[1]"));
            return new Version(span.getAttribute("data-version"), span.getAttribute("data-state"),
                    row.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList());
        }).toList();
    }

    /** Presses "new draft from this" on a version's row; the editor of the new draft opens. */
    public IndicatorVersionPage newDraftFrom(String code) {
        WebElement row = browser.driver().findElement(By.xpath("//span[@class='version' and @data-version='" + code + "']/ancestor::tr[1]"));
        browser.clickAndAwaitNewPage(row.findElement(By.cssSelector("input[id$=':draft']")));
        return IndicatorVersionPage.shown(browser);
    }

    /** A line of a comparison: the indicator's code, ADDED, REMOVED or CHANGED, and the change as the page words it. */
    public record Difference(String code, String kind, String text) {
    }

    /** Compares two versions picked from the lists as a person does; the differences shown (none when the page says they are the same). */
    public List<Difference> compare(String before, String after) {
        Lists.choose(browser, "compare:before", label -> label.endsWith("(" + before + ")"));
        Lists.choose(browser, "compare:after", label -> label.endsWith("(" + after + ")"));
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("compare:go")));
        browser.awaitQuiet();
        return browser.driver().findElements(By.cssSelector("span.difference-code")).stream().map(span -> {
            WebElement row = span.findElement(By.xpath("ancestor::tr[1]"));
            return new Difference(span.getAttribute("data-code"), span.getAttribute("data-kind"),
                    row.findElement(By.cssSelector(".difference-change")).getText());
        }).toList();
    }

    public boolean saysSame() {
        return !browser.driver().findElements(By.id("compare-same")).isEmpty();
    }
}
