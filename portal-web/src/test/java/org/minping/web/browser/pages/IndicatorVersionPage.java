package org.minping.web.browser.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The editor of one indicator-system version: its state, what keeps it from use, its tree and the form of one indicator. */
public final class IndicatorVersionPage {

    private final Browser browser;

    private IndicatorVersionPage(Browser browser) {
        this.browser = browser;
    }

    static IndicatorVersionPage shown(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("indicator-heading")));
        browser.awaitQuiet();
        return new IndicatorVersionPage(browser);
    }

    public static IndicatorVersionPage open(Browser browser, String version) {
        browser.go("/admin/indicator?version=" + version);
        return shown(browser);
    }

    /** The version's code as the page names it. */
    public String code() {
        return browser.driver().findElement(By.cssSelector("#version-state code")).getText();
    }

    /** DRAFT or FROZEN. */
    public String state() {
        return browser.driver().findElement(By.id("version-state")).getAttribute("data-state");
    }

    /** What keeps the version from use; empty when the page says it is usable. */
    public List<String> check() {
        return browser.driver().findElements(By.cssSelector("#check-problems li")).stream().map(WebElement::getText).toList();
    }

    public boolean usable() {
        return !browser.driver().findElements(By.id("check-ok")).isEmpty();
    }

    /** An indicator as its tree row shows it: code, parent, depth and the visible cells. */
    public record Node(String code, String parent, int depth, List<String> cells) {
    }

    public List<Node> nodes() {
        return browser.driver().findElements(By.cssSelector("span.indicator-node")).stream().map(span -> {
            WebElement row = span.findElement(By.xpath("ancestor::tr[1]"));
            return new Node(span.getAttribute("data-code"), span.getAttribute("data-parent"), Integer.parseInt(span.getAttribute("data-depth")),
                    row.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList());
        }).toList();
    }

    public Optional<Node> node(String code) {
        return nodes().stream().filter(n -> n.code().equals(code)).findFirst();
    }

    /** Follows an indicator's link in the tree: the form then edits it. */
    public IndicatorVersionPage edit(String code) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector("span.indicator-node[data-code='" + code + "'] a")));
        return shown(browser);
    }

    /** Whether the page offers the indicator form (only a draft's does). */
    public boolean editable() {
        return !browser.driver().findElements(By.id("node:save")).isEmpty();
    }

    /**
     * Fills the indicator form as a person does and saves: null leaves a field as it is; the
     * parent is picked by the code its entry ends with ("" for the first level); sources by name
     * (INTERNAL, PUBLIC, THIRD_PARTY, EXPERT) with the percentage typed, "" to clear.
     */
    public IndicatorVersionPage save(String code, String parent, String nameZh, String nameEn, String weight, Map<String, String> sources) {
        if (code != null) {
            type(browser.driver().findElement(By.id("node:code")), code);
        }
        if (parent != null) {
            Lists.choose(browser, "node:parent", parent.isEmpty() ? label -> !label.endsWith(")") : label -> label.endsWith("(" + parent + ")"));
        }
        if (nameZh != null) {
            type(browser.driver().findElement(By.id("node:nameZh")), nameZh);
        }
        if (nameEn != null) {
            type(browser.driver().findElement(By.id("node:nameEn")), nameEn);
        }
        if (weight != null) {
            type(browser.driver().findElement(By.id("node:weight")), weight);
        }
        sources.forEach((source, percent) -> type(browser.driver().findElement(By.cssSelector("input.source-" + source)), percent));
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("node:save")));
        return shown(browser);
    }

    public IndicatorVersionPage remove() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("node:remove")));
        return shown(browser);
    }

    public List<String> problems() {
        return browser.driver().findElements(By.cssSelector("#indicator-problems li")).stream().map(WebElement::getText).toList();
    }

    /** The message beside a field of the indicator form ("weight", "code", "source-INTERNAL"); empty when there is none. */
    public String fieldProblem(String field) {
        return browser.driver().findElement(By.id("node-error-" + field)).getText();
    }

    public String notice() {
        List<WebElement> notice = browser.driver().findElements(By.id("indicator-notice"));
        return notice.isEmpty() ? "" : notice.get(0).getText();
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }
}
