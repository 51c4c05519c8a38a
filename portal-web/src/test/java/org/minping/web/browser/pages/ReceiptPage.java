package org.minping.web.browser.pages;

import org.minping.web.browser.Browser;
import org.openqa.selenium.By;

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

    public String currentUrl() {
        return browser.driver().getCurrentUrl();
    }
}
