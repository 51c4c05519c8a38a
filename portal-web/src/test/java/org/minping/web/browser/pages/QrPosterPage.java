package org.minping.web.browser.pages;

import java.net.URI;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The printable QR poster of a service or service hall (/qr), with its image loaded. */
public final class QrPosterPage {

    private final Browser browser;

    private QrPosterPage(Browser browser) {
        this.browser = browser;
    }

    /** The poster of an agency's service hall, at the address an administrator's link gives. */
    public static QrPosterPage ofHall(Browser browser, String agencyCode, String hallCode) {
        browser.go("/qr?code=" + agencyCode + "&hall=" + hallCode);
        return shown(browser);
    }

    /** The poster the browser has just been taken to (by a link). */
    static QrPosterPage shown(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("qr-heading")));
        browser.waiting().until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('qr-image').naturalWidth;")).intValue() > 0);
        return new QrPosterPage(browser);
    }

    public String hallName() {
        return browser.driver().findElement(By.id("qr-hall")).getText();
    }

    public String hallAddress() {
        return browser.driver().findElement(By.id("qr-hall-address")).getText();
    }

    /** The address of the QR image, relative to the server (path and query). */
    public String imageAddress() {
        URI image = URI.create(browser.driver().findElement(By.id("qr-image")).getAttribute("src"));
        return image.getRawQuery() == null ? image.getRawPath() : image.getRawPath() + "?" + image.getRawQuery();
    }
}
