package org.minping.web.browser.pages;

import java.util.List;
import java.util.Optional;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' API tokens page: issue a token (scope and organisation picked from lists), revoke one. */
public final class TokensPage {

    private final Browser browser;

    private TokensPage(Browser browser) {
        this.browser = browser;
    }

    public static TokensPage open(Browser browser) {
        browser.go("/admin/tokens");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tokens-heading")));
        browser.awaitQuiet();
        return new TokensPage(browser);
    }

    /**
     * Issues a token as a person does: the system's name typed, the scope picked by its visible
     * name (null leaves it as it is), the organisation by the code in brackets (null leaves it).
     * Returns the token shown once, if one was issued.
     */
    public Optional<String> issue(String name, String scopeLabel, String orgCode) {
        WebElement field = browser.driver().findElement(By.id("issue:name"));
        field.clear();
        field.sendKeys(name);
        if (scopeLabel != null) {
            Lists.choose(browser, "issue:scope", scopeLabel::equals);
        }
        if (orgCode != null) {
            Lists.chooseCode(browser, "issue:org", orgCode);
        }
        return send();
    }

    /** Sends the form with its lists as they are: as chosen, or tampered with {@link Lists#forge}. */
    public Optional<String> send() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("issue:save")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tokens-heading")));
        browser.awaitQuiet();
        return browser.driver().findElements(By.id("token-issued")).stream().findFirst().map(e -> e.getText().strip());
    }

    public List<String> problems() {
        return browser.driver().findElements(By.cssSelector("#tokens-problems li")).stream().map(WebElement::getText).toList();
    }

    /** The message beside one field of the form ("name", "scope", "org"); empty when there is none. */
    public String fieldProblem(String field) {
        return browser.driver().findElement(By.id("issue-error-" + field)).getText();
    }

    /** Revokes the token of the system with this name. */
    public TokensPage revoke(String name) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector("tr[data-token='" + name + "'] input[type=submit]")));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("tr[data-token='" + name + "']"), "data-revoked", "true"));
        return this;
    }
}
