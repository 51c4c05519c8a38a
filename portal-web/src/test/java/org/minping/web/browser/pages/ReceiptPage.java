package org.minping.web.browser.pages;

import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The confirmation shown after a submission. */
public final class ReceiptPage {

    private final Browser browser;

    ReceiptPage(Browser browser) {
        this.browser = browser;
    }

    public String receiptCode() {
        return browser.driver().findElement(By.id("receipt-code")).getText().strip();
    }

    public String status() {
        return browser.driver().findElement(By.id("receipt-status")).getAttribute("data-status");
    }

    public String agency() {
        return browser.driver().findElement(By.id("receipt-agency")).getText();
    }

    public static ReceiptPage open(Browser browser, String receipt) {
        browser.go("/receipt?receipt=" + receipt);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
        return new ReceiptPage(browser);
    }

    public boolean offersWithdrawal() {
        return !browser.driver().findElements(By.id("withdraw:submit")).isEmpty();
    }

    /** Withdraws, confirming the browser's question, and returns the receipt as shown again. */
    public ReceiptPage withdraw() {
        browser.driver().findElement(By.id("withdraw:submit")).click();
        browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("receipt-status"), "data-status", "WITHDRAWN"));
        return this;
    }

    public String currentUrl() {
        return browser.driver().getCurrentUrl();
    }
}
