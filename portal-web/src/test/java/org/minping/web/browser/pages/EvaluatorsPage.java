package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' evaluator organisations page: register one, add its staff, assign it to agencies in a cycle. */
public final class EvaluatorsPage {

    private final Browser browser;

    private EvaluatorsPage(Browser browser) {
        this.browser = browser;
    }

    public static EvaluatorsPage open(Browser browser) {
        browser.go("/admin/evaluators");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("evaluators-heading")));
        browser.awaitQuiet();
        return new EvaluatorsPage(browser);
    }

    public EvaluatorsPage register(String code, String nameZh, String nameEn) {
        type("register:code", code);
        type("register:nameZh", nameZh);
        type("register:nameEn", nameEn);
        return save("register:save");
    }

    /** Adds staff as a person does: the organisation by the code in brackets, the account by its user name in brackets. */
    public EvaluatorsPage addStaff(String orgCode, String username) {
        Lists.chooseCode(browser, "staff:org", orgCode);
        Lists.chooseCode(browser, "staff:username", username);
        return save("staff:save");
    }

    /** Assigns as a person does: organisation, agency and cycle picked by the codes in brackets. */
    public EvaluatorsPage assign(String orgCode, String agencyCode, String cycleCode) {
        Lists.chooseCode(browser, "assign:org", orgCode);
        Lists.chooseCode(browser, "assign:agency", agencyCode);
        Lists.chooseCode(browser, "assign:cycle", cycleCode);
        return save("assign:save");
    }

    /** Sends a form ("staff", "assign") with its lists as they are: as chosen, or tampered with {@link Lists#forge}. */
    public EvaluatorsPage send(String form) {
        return save(form + ":save");
    }

    /** The labels of one list's entries, e.g. "staff:username". */
    public List<String> entries(String menuId) {
        return Lists.labels(browser, menuId);
    }

    public List<String> problems() {
        return browser.driver().findElements(By.cssSelector("#evaluators-problems li")).stream().map(WebElement::getText).toList();
    }

    /** The message beside one field of one form ("register", "staff", "assign"); empty when there is none. */
    public String fieldProblem(String form, String field) {
        return browser.driver().findElement(By.id(form + "-error-" + field)).getText();
    }

    public String notice() {
        List<WebElement> notice = browser.driver().findElements(By.id("evaluators-notice"));
        return notice.isEmpty() ? "" : notice.get(0).getText();
    }

    private EvaluatorsPage save(String button) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id(button)));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("evaluators-heading")));
        browser.awaitQuiet();
        return this;
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
