package org.minping.web.browser.pages;

import java.net.URI;
import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The page of a staff invitation's one-time link: whom it is for, and the form that sets the password once. */
public final class InvitationPage {

    private final Browser browser;

    private InvitationPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * Follows an invitation link as the invitee does. The link names the portal's public address;
     * the path and token are followed on the portal under test.
     */
    public static InvitationPage follow(Browser browser, String link) {
        URI uri = URI.create(link);
        browser.go(uri.getRawPath().replaceFirst("^.*/invitation", "/invitation") + "?" + uri.getRawQuery());
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-heading")));
        return new InvitationPage(browser);
    }

    /** The sentence that names the invitee, or an empty string when the link is not (or no longer) valid. */
    public String invitee() {
        List<WebElement> invitee = browser.driver().findElements(By.id("invitation-for"));
        return invitee.isEmpty() ? "" : invitee.get(0).getText();
    }

    /** Types the password twice and sends the form. */
    public InvitationPage choosePassword(String password, String again) {
        browser.driver().findElement(By.id("invitation:password")).sendKeys(password);
        browser.driver().findElement(By.id("invitation:passwordAgain")).sendKeys(again);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("invitation:submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-heading")));
        return this;
    }

    /** Whether the page says the account can now be used. */
    public boolean accepted() {
        return !browser.driver().findElements(By.id("invitation-accepted")).isEmpty();
    }

    /** Whether the page says the link is not valid (used already, say). */
    public boolean invalid() {
        return !browser.driver().findElements(By.id("invitation-invalid")).isEmpty();
    }

    /** The message beside a field ("password", "passwordAgain"); empty when there is none. */
    public String fieldProblem(String field) {
        return browser.driver().findElement(By.id(field + "-error")).getText();
    }
}
