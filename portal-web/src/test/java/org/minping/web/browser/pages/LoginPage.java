package org.minping.web.browser.pages;

import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The login form. */
public final class LoginPage {

    private final Browser browser;

    private LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.go("/login");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
        return new LoginPage(browser);
    }

    /** Logs in and waits until the portal has redirected away from the login page. */
    public void logInAs(String username, String password) {
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        // The form's proof of work is asked only after failures, but a person waits for it like this.
        browser.awaitProofOfWork();
        browser.driver().findElement(By.id("login-submit")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-logout")));
    }

    /**
     * Sends the user name and password and waits for the next page, wherever the portal sends the
     * browser (the code page of an account with two-factor sign-in, say).
     */
    public void submitPassword(String username, String password) {
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.awaitProofOfWork();
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("login-submit")));
    }
}
