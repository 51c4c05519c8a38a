package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' staff accounts page: invitations, and disabling and enabling accounts. */
public final class StaffAccountsPage {

    private final Browser browser;

    private StaffAccountsPage(Browser browser) {
        this.browser = browser;
    }

    public static StaffAccountsPage open(Browser browser) {
        browser.go("/admin/users");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("staff-heading")));
        browser.awaitQuiet();
        return new StaffAccountsPage(browser);
    }

    /**
     * Fills the invitation form as a person does (the role picked by its visible name, agency and
     * organisation by the code in brackets; null leaves a list as it is) and sends it.
     */
    public StaffAccountsPage invite(String username, String name, String roleLabel, String agencyCode, String orgCode) {
        type("invite:username", username);
        type("invite:displayName", name);
        if (roleLabel != null) {
            Lists.choose(browser, "invite:role", roleLabel::equals);
        }
        if (agencyCode != null) {
            Lists.chooseCode(browser, "invite:agency", agencyCode);
        }
        if (orgCode != null) {
            Lists.chooseCode(browser, "invite:org", orgCode);
        }
        return send();
    }

    /** Sends the invitation form as it is: lists as chosen, or tampered with {@link Lists#forge}. */
    public StaffAccountsPage send() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("invite:save")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("staff-heading")));
        browser.awaitQuiet();
        return this;
    }

    /** The message beside one field of the invitation form; empty when there is none. */
    public String fieldProblem(String field) {
        return browser.driver().findElement(By.id("invite-error-" + field)).getText();
    }

    /** The invitation link shown after an invitation, or an empty string. */
    public String link() {
        List<WebElement> link = browser.driver().findElements(By.id("staff-link"));
        return link.isEmpty() ? "" : link.get(0).getText();
    }

    public List<String> problems() {
        return browser.driver().findElements(By.cssSelector("#staff-problems li")).stream().map(WebElement::getText).toList();
    }

    public String notice() {
        List<WebElement> notice = browser.driver().findElements(By.id("staff-notice"));
        return notice.isEmpty() ? "" : notice.get(0).getText();
    }

    /** The status of an account as the list shows it (ACTIVE, INVITED, DISABLED), or an empty string when it is not listed. */
    public String status(String username) {
        return row(username).map(r -> r.getAttribute("data-status")).orElse("");
    }

    /** Whether the list shows two-factor sign-in on for the account ("true" or "false"). */
    public String twoFactor(String username) {
        return row(username).map(r -> r.getAttribute("data-two-factor")).orElse("");
    }

    /** The visible cells of an account's row. */
    public List<String> cells(String username) {
        return row(username).orElseThrow().findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    /** Presses a row's button: "disable", "enable", "reinvite" or "resetTwoFactor". */
    public StaffAccountsPage press(String username, String button) {
        browser.clickAndAwaitNewPage(row(username).orElseThrow().findElement(By.cssSelector("input[id$=':" + button + "']")));
        return this;
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private java.util.Optional<WebElement> row(String username) {
        return browser.driver().findElements(By.cssSelector("#staff tr[data-account='" + username + "']")).stream().findFirst();
    }
}
