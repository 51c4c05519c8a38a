package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The second step of a sign-in: the code of the app, or setting up two-factor sign-in where the office requires it. */
public final class LoginCodePage {

    private final Browser browser;

    private LoginCodePage(Browser browser) {
        this.browser = browser;
    }

    /** The page the browser is on after a password, once it is there. */
    public static LoginCodePage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-code-heading")));
        return new LoginCodePage(browser);
    }

    public static LoginCodePage open(Browser browser) {
        browser.go("/login-code");
        return current(browser);
    }

    /** NONE, CODE, ENROL, DONE, LOCKED or THROTTLED. */
    public String state() {
        return browser.driver().findElement(By.id("login-code-heading")).getAttribute("data-state");
    }

    /** Types a code as a person does and sends it; waits for the next page. */
    public void enter(String code) {
        WebElement field = browser.driver().findElement(By.id("code:code"));
        field.clear();
        field.sendKeys(code);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("code:submit")));
    }

    /** The message beside the code field, or an empty string. */
    public String error() {
        List<WebElement> error = browser.driver().findElements(By.id("code-error"));
        return error.isEmpty() ? "" : error.get(0).getText();
    }

    /** The key of the app to set up, as the page shows it for typing in by hand, without its spaces. */
    public String secret() {
        return AccountPage.secretOn(browser);
    }

    /** Confirms the setup with the app's first code. */
    public void confirm(String code) {
        AccountPage.confirmOn(browser, code);
    }

    public List<String> recoveryCodes() {
        return AccountPage.recoveryCodesOn(browser);
    }

    /** Goes on from the recovery codes to where the sign-in was headed. */
    public void goOn() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("login-code-continue")));
    }
}
