package org.minping.web.browser.pages;

import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' policy page: pre-moderation, and whether two-factor sign-in is required. */
public final class PolicyPage {

    private final Browser browser;

    private PolicyPage(Browser browser) {
        this.browser = browser;
    }

    public static PolicyPage open(Browser browser) {
        browser.go("/admin/policy");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("policy-heading")));
        return new PolicyPage(browser);
    }

    public boolean twoFactorRequired() {
        return Boolean.parseBoolean(browser.driver().findElement(By.id("policy-two-factor")).getAttribute("data-required"));
    }

    /** Requires two-factor sign-in, or makes it optional, with the page's button. */
    public PolicyPage requireTwoFactor(boolean required) {
        if (twoFactorRequired() != required) {
            browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("signIn:twoFactor")));
        }
        return this;
    }
}
