package org.minping.web.browser.pages;

import java.nio.file.Path;
import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One rectification task: on the agency's desk (/desk/rectification-task: plan and evidence) or
 * the office's page (/admin/rectification-task: close or send back).
 */
public final class RectificationTaskPage {

    private final Browser browser;

    private RectificationTaskPage(Browser browser) {
        this.browser = browser;
    }

    public static RectificationTaskPage onTheDesk(Browser browser, long task) {
        browser.go("/desk/rectification-task?id=" + task);
        return awaited(browser);
    }

    public static RectificationTaskPage forTheOffice(Browser browser, long task) {
        browser.go("/admin/rectification-task?id=" + task);
        return awaited(browser);
    }

    private static RectificationTaskPage awaited(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("rectification-task-heading")));
        browser.awaitQuiet();
        return new RectificationTaskPage(browser);
    }

    public String state() {
        return browser.driver().findElement(By.id("task-state")).getAttribute("data-state");
    }

    public boolean isMarkedOverdue() {
        return !browser.driver().findElements(By.id("task-overdue")).isEmpty();
    }

    public String plan() {
        return browser.driver().findElement(By.id("task-plan")).getText();
    }

    /** The names of the evidence files, as links. */
    public List<String> evidence() {
        return browser.driver().findElements(By.cssSelector("#task-evidence a.evidence-link")).stream().map(WebElement::getText).toList();
    }

    public RectificationTaskPage submitPlan(String plan) {
        WebElement field = browser.driver().findElement(By.id("plan:text"));
        field.clear();
        field.sendKeys(plan);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("plan:save")));
        return awaited(browser);
    }

    public RectificationTaskPage uploadEvidence(Path file) {
        browser.driver().findElement(By.id("evidence:file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("evidence:upload")));
        return awaited(browser);
    }

    public RectificationTaskPage close(String reason) {
        return review(reason, "review:close");
    }

    public RectificationTaskPage reopen(String reason) {
        return review(reason, "review:reopen");
    }

    private RectificationTaskPage review(String reason, String button) {
        WebElement field = browser.driver().findElement(By.id("review:reason"));
        field.clear();
        field.sendKeys(reason);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id(button)));
        return awaited(browser);
    }

    /** The message beside a field of a form ({@code plan:plan}, {@code evidence:evidence}, {@code review:reason}). */
    public String fieldProblem(String form, String field) {
        return browser.driver().findElement(By.id(form + "-error-" + field)).getText().strip();
    }

    public String notice() {
        List<WebElement> notice = browser.driver().findElements(By.id("form-notice"));
        return notice.isEmpty() ? "" : notice.get(0).getText();
    }
}
