package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The signed-in person's account page, with two-factor sign-in. */
public final class AccountPage {

    private final Browser browser;

    private AccountPage(Browser browser) {
        this.browser = browser;
    }

    public static AccountPage open(Browser browser) {
        browser.go("/account");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("account-heading")));
        return new AccountPage(browser);
    }

    /** Whether the page says two-factor sign-in is on ("true" or "false"). */
    public String twoFactorOn() {
        return browser.driver().findElement(By.id("two-factor-status")).getAttribute("data-on");
    }

    public AccountPage start() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("start:start")));
        return this;
    }

    /** The source of the QR code's image. */
    public String qrSource() {
        return browser.driver().findElement(By.id("two-factor-qr")).getAttribute("src");
    }

    /** The key as the page shows it for typing in by hand, without the spaces between its groups. */
    public String secret() {
        return secretOn(browser);
    }

    public AccountPage confirm(String code) {
        confirmOn(browser, code);
        return this;
    }

    /** The message beside the code field of the setup, or an empty string. */
    public String setupError() {
        return text("code-error");
    }

    public List<String> recoveryCodes() {
        return recoveryCodesOn(browser);
    }

    /** How many unused recovery codes the page says there are. */
    public int recoveryCodesLeft() {
        return Integer.parseInt(browser.driver().findElement(By.id("recovery-left")).getAttribute("data-left"));
    }

    public AccountPage turnOff(String code) {
        WebElement field = browser.driver().findElement(By.id("off:code"));
        field.clear();
        field.sendKeys(code);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("off:turnOff")));
        return this;
    }

    public String turnOffError() {
        return text("off-code-error");
    }

    private String text(String id) {
        List<WebElement> element = browser.driver().findElements(By.id(id));
        return element.isEmpty() ? "" : element.get(0).getText();
    }

    static String secretOn(Browser browser) {
        return browser.driver().findElement(By.id("two-factor-secret")).getText().replace(" ", "");
    }

    static void confirmOn(Browser browser, String code) {
        WebElement field = browser.driver().findElement(By.id("setup:code"));
        field.clear();
        field.sendKeys(code);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("setup:confirm")));
    }

    static List<String> recoveryCodesOn(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#recovery-codes li")).stream().map(WebElement::getText).toList();
    }
}
