package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home page with the agency search. */
public final class HomePage {

    private final Browser browser;

    private HomePage(Browser browser) {
        this.browser = browser;
    }

    public static HomePage open(Browser browser) {
        browser.go("/");
        browser.awaitQuiet();
        return new HomePage(browser);
    }

    public HomePage searchFor(String text) {
        WebElement field = browser.driver().findElement(By.id("search:q"));
        field.clear();
        field.sendKeys(text);
        browser.driver().findElement(By.id("search:submit")).click();
        browser.waiting().until(ExpectedConditions.urlContains("q="));
        browser.awaitQuiet();
        return this;
    }

    public List<String> agencyNames() {
        return browser.driver().findElements(By.cssSelector("a.agency-link")).stream().map(WebElement::getText).toList();
    }

    public AgencyPage openAgency(String name) {
        browser.driver().findElement(By.linkText(name)).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("agency-name")));
        return new AgencyPage(browser);
    }

    public HomePage switchToEnglish() {
        browser.driver().findElement(By.id("language:en")).click();
        browser.waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.awaitQuiet();
        return this;
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }
}
