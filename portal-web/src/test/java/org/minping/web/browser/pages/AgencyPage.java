package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An agency's page with its appraisal form. */
public final class AgencyPage {

    private final Browser browser;

    AgencyPage(Browser browser) {
        this.browser = browser;
    }

    public static AgencyPage open(Browser browser, String code) {
        browser.go("/agency?code=" + code);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("agency-name")));
        return new AgencyPage(browser);
    }

    /** Follows a link of the portal (a case's rating link), as the citizen who got it does. */
    public static AgencyPage follow(Browser browser, String link) {
        browser.go(link.substring(link.indexOf("/agency")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("agency-name")));
        return new AgencyPage(browser);
    }

    /** What a field holds now, e.g. as a link filled it in. */
    public String valueOf(String fieldId) {
        return browser.driver().findElement(By.id("appraisal:" + fieldId)).getAttribute("value");
    }

    public String heading() {
        return browser.driver().findElement(By.id("agency-name")).getText();
    }

    /** Chooses a level of the overall rating by clicking its label, as a person would. */
    public AgencyPage rateOverall(int level) {
        clickLevel(browser.driver().findElement(By.id("overall-group")), level);
        return this;
    }

    public AgencyPage rateIndicator(String indicatorCode, int level) {
        clickLevel(browser.driver().findElement(By.cssSelector("fieldset[data-indicator='" + indicatorCode + "']")), level);
        return this;
    }

    public AgencyPage chooseService(String serviceCode) {
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("appraisal:service")))
                .selectByValue(serviceCode);
        return this;
    }

    /** The agency's service halls as the page lists them, in its order: code → name and address. */
    public java.util.Map<String, List<String>> halls() {
        java.util.Map<String, List<String>> halls = new java.util.LinkedHashMap<>();
        browser.driver().findElements(By.cssSelector("#halls li[data-hall]")).forEach(li -> halls.put(li.getAttribute("data-hall"),
                List.of(li.findElement(By.className("hall-name")).getText(), li.findElement(By.className("hall-address")).getText())));
        return halls;
    }

    /** The heading above the list of service halls. */
    public String hallsHeading() {
        return browser.driver().findElement(By.id("halls-heading")).getText();
    }

    /** The label of the form's "served at" list and the name of the hall chosen in it. */
    public String hallField() {
        WebElement list = browser.driver().findElement(By.id("appraisal:hall"));
        return browser.driver().findElement(By.cssSelector("label[for='appraisal:hall']")).getText() + " "
                + new org.openqa.selenium.support.ui.Select(list).getFirstSelectedOption().getText();
    }

    /**
     * What a hand-made request would post for the "served at" list: the chosen entry's value
     * replaced by one that is not an entry.
     */
    public AgencyPage forgeHall(String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const select = arguments[0]; select.options[Math.max(select.selectedIndex, 0)].value = arguments[1];"
                        + " select.selectedIndex = Math.max(select.selectedIndex, 0);",
                browser.driver().findElement(By.id("appraisal:hall")), value);
        return this;
    }

    public AgencyPage respondent(String regionCode, String ageBand) {
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("appraisal:region")))
                .selectByValue(regionCode);
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("appraisal:ageBand")))
                .selectByValue(ageBand);
        return this;
    }

    /** The labels of a respondent question's choices (region or ageBand), as the page shows them. */
    public List<String> respondentChoices(String question) {
        return new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("appraisal:" + question)))
                .getOptions().stream().map(WebElement::getText).toList();
    }

    /** The sentence that says why the form asks about the respondent. */
    public String whyWeAsk() {
        return browser.driver().findElement(By.id("respondent-why")).getText();
    }

    public AgencyPage caseNumber(String number) {
        WebElement field = browser.driver().findElement(By.id("appraisal:caseNumber"));
        field.clear();
        field.sendKeys(number);
        return this;
    }

    public AgencyPage comment(String text) {
        WebElement field = browser.driver().findElement(By.id("appraisal:comment"));
        field.clear();
        // Long texts go in through script: typing 1000 characters key by key only measures the driver.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", field, text);
        return this;
    }

    /** Anonymous visitors: the proof of work solves itself on load; a person would not notice the wait. */
    public AgencyPage awaitProofOfWork() {
        browser.awaitProofOfWork();
        return this;
    }

    public ReceiptPage submit() {
        awaitProofOfWork();
        browser.driver().findElement(By.id("appraisal:submit")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
        return new ReceiptPage(browser);
    }

    /** Submits a form that the portal will refuse, and stays on this page. */
    public AgencyPage submitExpectingErrors() {
        awaitProofOfWork();
        return submitAsIsExpectingErrors();
    }

    /** Submits without waiting for the proof of work, for tests that tamper with it. */
    public AgencyPage submitAsIsExpectingErrors() {
        browser.driver().findElement(By.id("appraisal:submit")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        return this;
    }

    public String errorBeside(String fieldId) {
        return browser.driver().findElement(By.id(fieldId + "-error")).getText();
    }

    private static void clickLevel(WebElement group, int level) {
        WebElement radio = group.findElement(By.cssSelector("input[type='radio'][value='" + level + "']"));
        group.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
    }

    /**
     * Reports a public comment as a visitor does with the mouse: opens the reason list of that
     * comment's own report form, clicks a reason and the form's button; answers the notice shown.
     */
    public String reportComment(long appraisalId, String reason) {
        WebElement item = browser.driver().findElement(By.cssSelector("li[data-comment='" + appraisalId + "']"));
        WebElement reasons = item.findElement(By.tagName("select"));
        reasons.click();
        reasons.findElement(By.cssSelector("option[value='" + reason + "']")).click();
        browser.clickAndAwaitNewPage(item.findElement(By.cssSelector("input.flag-button")));
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("flag-notice"))).getText();
    }
}
