package org.minping.web.browser.pages;

import java.nio.file.Path;
import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An evaluation cycle's settings page. */
public final class CyclePage {

    private final Browser browser;

    private CyclePage(Browser browser) {
        this.browser = browser;
    }

    public static CyclePage open(Browser browser, String code) {
        browser.go("/admin/cycle?code=" + code);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cycle-heading")));
        return new CyclePage(browser);
    }

    /** The indicator-system version the cycle binds for a track, as the page shows it. */
    public String boundVersion(String track) {
        return boundVersion(track, "");
    }

    /** The version bound for a kind of agency within a track ("" for the track's own), or null without one. */
    public String boundVersion(String track, String kind) {
        List<WebElement> binding = browser.driver().findElements(binding(track, kind));
        return binding.isEmpty() ? null : binding.get(0).getAttribute("data-version");
    }

    /** Whether the track's version list can be changed (only while the cycle is a draft). */
    public boolean bindingChangeable(String track) {
        WebElement binding = browser.driver().findElement(binding(track, ""));
        return !binding.findElement(By.cssSelector(".ui-selectonemenu")).getAttribute("class").contains("ui-state-disabled");
    }

    /** Picks a version for a track from its list, as a person does, and saves the choice. */
    public CyclePage bindVersion(String track, String version) {
        WebElement binding = browser.driver().findElement(binding(track, ""));
        String menuId = binding.findElement(By.cssSelector(".ui-selectonemenu")).getAttribute("id");
        Lists.choose(browser, menuId, label -> label.endsWith(" " + version));
        return submit(By.id("indicatorSystems:save"));
    }

    /** Gives a kind of agency within a track a version of its own: both picked from their lists by code. */
    public CyclePage bindKindVersion(String track, String kind, String version) {
        Lists.choose(browser, "kindSystem:kind", label -> label.equals(kindLabel(track, kind)));
        Lists.choose(browser, "kindSystem:version", label -> label.endsWith(" " + version));
        return submit(By.id("kindSystem:add"));
    }

    /** The entries of the list of kinds that could have a version of their own. */
    public List<String> kindChoices() {
        return browser.driver().findElements(By.id("kindSystem:kind")).isEmpty() ? List.of() : Lists.labels(browser, "kindSystem:kind");
    }

    /** Lets a kind of agency follow its track's version again. */
    public CyclePage unbindKind(String track, String kind) {
        return submit(By.cssSelector(".binding[data-track='" + track + "'][data-kind='" + kind + "'] input[id$='removeKind']"));
    }

    private String kindLabel(String track, String kind) {
        WebElement option = browser.driver().findElements(By.cssSelector("select[id='kindSystem:kind_input'] option")).stream()
                .filter(o -> (track + "/" + kind).equals(o.getDomProperty("value"))).findFirst().orElseThrow();
        return option.getDomProperty("textContent").strip();
    }

    /** A binding's row; the track's own has no data-kind (Facelets leaves an empty attribute out). */
    private static By binding(String track, String kind) {
        return By.cssSelector(".binding[data-track='" + track + "']" + (kind.isEmpty() ? ":not([data-kind])" : "[data-kind='" + kind + "']"));
    }

    public CyclePage saveMargins(String text) {
        WebElement area = browser.driver().findElement(By.id("margins:text"));
        area.clear();
        area.sendKeys(text);
        return submit(By.id("margins:save"));
    }

    /** Uploads a statistics CSV of margins through the margins' file form. */
    public CyclePage importMargins(Path csv) {
        browser.driver().findElement(By.id("marginsFile:file")).sendKeys(csv.toAbsolutePath().toString());
        return submit(By.id("marginsFile:upload"));
    }

    public String margins() {
        return browser.driver().findElement(By.id("margins:text")).getDomProperty("value");
    }

    public CyclePage saveSourceWeights(String text) {
        WebElement area = browser.driver().findElement(By.id("weights:text"));
        area.clear();
        area.sendKeys(text);
        return submit(By.id("weights:save"));
    }

    public String sourceWeights() {
        return browser.driver().findElement(By.id("weights:text")).getDomProperty("value");
    }

    public CyclePage saveParameters(String levels, String k, String grades) {
        for (String[] field : new String[][] {{"parameters:levels", levels}, {"parameters:k", k}, {"parameters:grades", grades}}) {
            WebElement input = browser.driver().findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        return submit(By.id("parameters:save"));
    }

    public CyclePage importInternalScores(Path csv) {
        browser.driver().findElement(By.id("internal:file")).sendKeys(csv.toAbsolutePath().toString());
        return submit(By.id("internal:upload"));
    }

    public CyclePage importStatistics(Path csv) {
        browser.driver().findElement(By.id("statistics:file")).sendKeys(csv.toAbsolutePath().toString());
        return submit(By.id("statistics:upload"));
    }

    /** Adds a bonus or deduction item: the agency picked from the list by its code, reason and points typed. */
    public CyclePage addAdjustment(String agency, String reason, String points) {
        Lists.chooseCode(browser, "adjustment:agency", agency);
        return addAdjustmentAsChosen(reason, points);
    }

    /** The same with the agency list as it is (as chosen, or tampered with {@link Lists#forge}). */
    public CyclePage addAdjustmentAsChosen(String reason, String points) {
        browser.driver().findElement(By.id("adjustment:reason")).sendKeys(reason);
        browser.driver().findElement(By.id("adjustment:points")).sendKeys(points);
        return submit(By.id("adjustment:add"));
    }

    /** The message beside one field of one form ("adjustment"); empty when there is none. */
    public String fieldProblem(String form, String field) {
        return browser.driver().findElement(By.id(form + "-error-" + field)).getText();
    }

    /** The cycle's state code as the page shows it (DRAFT, OPEN, ...). */
    public String state() {
        return browser.driver().findElement(By.id("cycle-state")).getAttribute("data-state");
    }

    /** Whether the page says the settings are frozen and offers none of their save buttons. */
    public boolean frozen() {
        return !browser.driver().findElements(By.id("cycle-frozen")).isEmpty()
                && java.util.stream.Stream.of("parameters:save", "margins:save", "weights:save")
                        .noneMatch(id -> browser.driver().findElement(By.id(id)).isEnabled());
    }

    public List<String> problems() {
        return browser.driver().findElements(By.cssSelector("#cycle-problems li")).stream().map(WebElement::getText).toList();
    }

    public String notice() {
        List<WebElement> notice = browser.driver().findElements(By.id("cycle-notice"));
        return notice.isEmpty() ? "" : notice.get(0).getText();
    }

    private CyclePage submit(By button) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(button));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cycle-heading")));
        return this;
    }
}
