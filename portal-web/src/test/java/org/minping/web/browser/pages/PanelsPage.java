package org.minping.web.browser.pages;

import java.util.List;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' expert panels page of one cycle: form a panel, add experts, reopen or take off a member. */
public final class PanelsPage {

    private final Browser browser;

    private PanelsPage(Browser browser) {
        this.browser = browser;
    }

    public static PanelsPage open(Browser browser, String cycle) {
        browser.go("/admin/panels?cycle=" + cycle);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("panels-heading")));
        browser.awaitQuiet();
        return new PanelsPage(browser);
    }

    /** Picks another cycle from the list, as a person does, and shows its panels. */
    public PanelsPage show(String cycle) {
        Lists.chooseCode(browser, "cycle:code", cycle);
        return save("cycle:show");
    }

    /** Forms the cycle's panel of a track picked by its code; returns the problems shown. */
    public List<String> form(String track) {
        Lists.chooseCode(browser, "form:track", track);
        save("form:save");
        return problems();
    }

    /** Adds an expert (picked by the user name in brackets) to the panel of a track; returns the problems shown. */
    public List<String> addMember(String track, String username) {
        Lists.chooseCode(browser, "member:track", track);
        Lists.chooseCode(browser, "member:username", username);
        save("member:save");
        return problems();
    }

    /** Reopens ("reopen") or takes off ("remove") a member of a track's panel, with a reason; returns the problems shown. */
    public List<String> manage(String track, String username, String reason, String action) {
        Lists.chooseCode(browser, "manage:track", track);
        Lists.chooseCode(browser, "manage:username", username);
        WebElement field = browser.driver().findElement(By.id("manage:reason"));
        field.clear();
        field.sendKeys(reason);
        save("manage:" + action);
        return problems();
    }

    /** Presses a form's button with its lists as they are: as chosen, or tampered with {@link Lists#forge}. */
    public List<String> send(String button) {
        save(button);
        return problems();
    }

    /** The labels of one list's entries, e.g. "member:username". */
    public List<String> entries(String menuId) {
        return Lists.labels(browser, menuId);
    }

    public List<String> problems() {
        return browser.driver().findElements(By.cssSelector("#panels-problems li")).stream().map(WebElement::getText).toList();
    }

    /**
     * The agreement of a track's raters on one indicator, as the agreement table shows it: the
     * source (EXPERT, THIRD_PARTY), how many raters and agencies it counts, Kendall's W as printed
     * ("1.000") and whether it is flagged as low.
     */
    public record Agreement(String indicator, String source, int raters, int agencies, String w, boolean low) {
    }

    /** The agreement table's lines of one track, in the page's order; none while no panel of it has scored. */
    public List<Agreement> agreements(String track) {
        return browser.driver().findElements(By.cssSelector("#agreements tr[data-track='" + track + "']")).stream().map(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            return new Agreement(row.getAttribute("data-indicator"), row.getAttribute("data-source"),
                    Integer.parseInt(cells.get(3).getText().strip()), Integer.parseInt(cells.get(4).getText().strip()),
                    row.getAttribute("data-w"), Boolean.parseBoolean(row.getAttribute("data-low")));
        }).toList();
    }

    /** The message beside one field of one form ("form", "member", "manage"); empty when there is none. */
    public String fieldProblem(String form, String field) {
        return browser.driver().findElement(By.id(form + "-error-" + field)).getText();
    }

    private PanelsPage save(String button) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id(button)));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("panels-heading")));
        browser.awaitQuiet();
        return this;
    }
}
