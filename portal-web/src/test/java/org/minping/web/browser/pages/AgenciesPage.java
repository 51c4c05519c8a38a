package org.minping.web.browser.pages;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' agencies page: the tree, the agency form with its lists, and the chosen agency's services and halls. */
public final class AgenciesPage {

    private final Browser browser;

    private AgenciesPage(Browser browser) {
        this.browser = browser;
    }

    /** The page with no agency chosen: the form makes a new one. */
    public static AgenciesPage open(Browser browser) {
        return at(browser, "/admin/agencies");
    }

    /** The page with an agency chosen, as its link in the tree opens it. */
    public static AgenciesPage open(Browser browser, String agencyCode) {
        return at(browser, "/admin/agencies?agency=" + agencyCode);
    }

    private static AgenciesPage at(Browser browser, String path) {
        browser.go(path);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("agencies-heading")));
        browser.awaitQuiet();
        return new AgenciesPage(browser);
    }

    /** An agency as its tree row shows it. */
    public record Node(String code, String parent, int depth, List<String> cells) {
    }

    /**
     * Fills the agency form as a person does: texts typed (a null code is left as it is, for an
     * agency being edited), kind, track and region picked by their visible names, the parent by the
     * code its entry ends with ("" for none; null leaves the lists as they are); then saves.
     */
    public AgenciesPage saveAgency(String code, String nameZh, String nameEn, String kind, String track, String region,
                                   String parentCode) {
        if (code != null) {
            type("agency:code", code);
        }
        type("agency:nameZh", nameZh);
        type("agency:nameEn", nameEn);
        if (kind != null) {
            choose("agency:kind", kind::equals);
        }
        if (track != null) {
            choose("agency:track", track::equals);
        }
        if (region != null) {
            choose("agency:region", region::equals);
        }
        if (parentCode != null) {
            choose("agency:parent", parentCode.isEmpty() ? label -> true : label -> label.endsWith("(" + parentCode + ")"));
        }
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("agency:save")));
        browser.awaitQuiet();
        return this;
    }

    /** Picks the parent (by the code its entry ends with) of the agency being edited, and saves. */
    public AgenciesPage moveUnder(String parentCode) {
        choose("agency:parent", label -> label.endsWith("(" + parentCode + ")"));
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("agency:save")));
        browser.awaitQuiet();
        return this;
    }

    public AgenciesPage addService(String code, String nameZh, String nameEn) {
        type("service:code", code);
        type("service:nameZh", nameZh);
        type("service:nameEn", nameEn);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("service:save")));
        browser.awaitQuiet();
        return this;
    }

    public AgenciesPage addHall(String code, String nameZh, String nameEn, String addressZh, String addressEn) {
        type("hall:code", code);
        type("hall:nameZh", nameZh);
        type("hall:nameEn", nameEn);
        type("hall:addressZh", addressZh);
        type("hall:addressEn", addressEn);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("hall:save")));
        browser.awaitQuiet();
        return this;
    }

    /** Follows the edit link of a service ("service") or hall ("hall") of the chosen agency. */
    public AgenciesPage edit(String form, String code) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector("#" + form + "s tr[data-" + form + "='" + code + "'] a")));
        browser.awaitQuiet();
        return this;
    }

    /** Types one field of a form ("agency", "service", "hall") anew and saves the form. */
    public AgenciesPage change(String form, String field, String text) {
        type(form + ":" + field, text);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id(form + ":save")));
        browser.awaitQuiet();
        return this;
    }

    private void choose(String menuId, Predicate<String> label) {
        Lists.choose(browser, menuId, label);
    }

    /** The messages at the top of the page, in the order the fields were named. */
    public List<String> problems() {
        return browser.driver().findElements(By.cssSelector("#agencies-problems li")).stream().map(WebElement::getText).toList();
    }

    /** The message beside one field of one form ("agency", "service", "hall"); empty when there is none. */
    public String fieldProblem(String form, String field) {
        return browser.driver().findElement(By.id(form + "-error-" + field)).getText();
    }

    public String notice() {
        List<WebElement> notice = browser.driver().findElements(By.id("agencies-notice"));
        return notice.isEmpty() ? "" : notice.get(0).getText();
    }

    /** An agency's row of the tree, if shown. */
    public Optional<Node> node(String code) {
        return browser.driver().findElements(By.cssSelector("span.agency-node[data-code='" + code + "']")).stream().findFirst()
                .map(span -> {
                    WebElement row = span.findElement(By.xpath("ancestor::tr[1]"));
                    List<String> cells = row.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList();
                    return new Node(code, span.getAttribute("data-parent"), Integer.parseInt(span.getAttribute("data-depth")), cells);
                });
    }

    /** The codes of the chosen agency's services, in their order. */
    public List<String> services() {
        return browser.driver().findElements(By.cssSelector("#services tr[data-service]")).stream()
                .map(tr -> tr.getAttribute("data-service")).toList();
    }

    /** The codes of the chosen agency's service halls, in their order. */
    public List<String> halls() {
        return browser.driver().findElements(By.cssSelector("#halls tr[data-hall]")).stream()
                .map(tr -> tr.getAttribute("data-hall")).toList();
    }

    /** Follows the link to the QR poster of one of the chosen agency's halls. */
    public QrPosterPage posterOf(String hallCode) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector("#halls tr[data-hall='" + hallCode + "'] a.qr-link")));
        return QrPosterPage.shown(browser);
    }

    /** The visible cells of a hall's row. */
    public List<String> hallCells(String code) {
        return browser.driver().findElement(By.cssSelector("#halls tr[data-hall='" + code + "']")).findElements(By.tagName("td"))
                .stream().map(WebElement::getText).toList();
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
