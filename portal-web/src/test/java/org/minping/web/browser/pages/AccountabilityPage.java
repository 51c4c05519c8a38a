package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The office's accountability page (/admin/accountability), and the auditors' read-only list (/audit/accountability). */
public final class AccountabilityPage {

    private final Browser browser;

    private AccountabilityPage(Browser browser) {
        this.browser = browser;
    }

    /** The office's page with the cycle, agency and failed task chosen as a task's link chooses them. */
    public static AccountabilityPage open(Browser browser, String cycle, String agency, long task) {
        browser.go("/admin/accountability?cycle=" + cycle + "&agency=" + agency + "&task=" + task);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("accountability-heading")));
        browser.awaitQuiet();
        return new AccountabilityPage(browser);
    }

    public static AccountabilityPage forAuditors(Browser browser) {
        browser.go("/audit/accountability");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("accountability-audit-heading")));
        return new AccountabilityPage(browser);
    }

    /** The label of the failed task the form shows as chosen. */
    public String chosenTask() {
        return browser.driver().findElement(By.id("record:task_label")).getText();
    }

    /** Fills and sends the form; the decision by its label (null leaves it as it is). */
    public AccountabilityPage record(String decisionLabel, String reason, String unit, String followUp) {
        if (decisionLabel != null) {
            Lists.choose(browser, "record:decision", decisionLabel::equals);
        }
        type("record:reason", reason);
        type("record:responsibleUnit", unit);
        type("record:followUp", followUp);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("record:submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("accountability-heading")));
        browser.awaitQuiet();
        return this;
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Writes how a record was followed up, the record picked by its number. */
    public AccountabilityPage amend(long record, String followUp) {
        Lists.choose(browser, "amend:record", label -> label.startsWith(record + " · "));
        type("amend:followUp", followUp);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("amend:submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("accountability-heading")));
        browser.awaitQuiet();
        return this;
    }

    public String fieldProblem(String field) {
        return browser.driver().findElement(By.id("record-error-" + field)).getText().strip();
    }

    public String notice() {
        List<WebElement> notice = browser.driver().findElements(By.id("form-notice"));
        return notice.isEmpty() ? "" : notice.get(0).getText();
    }

    /** The row of a record: its text, or empty when it is not listed. */
    public String row(long record) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#accountability-records tr[data-record='" + record + "']"));
        return rows.isEmpty() ? "" : rows.get(0).getText();
    }
}
