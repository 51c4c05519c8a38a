package org.minping.web.browser.pages;

import java.util.function.Predicate;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The PrimeFaces lists of the staff pages, used as a person uses them, or tampered with as an attacker would. */
public final class Lists {

    private Lists() {
    }

    /**
     * Opens a PrimeFaces list and clicks the first entry whose label matches, as a person does with
     * the mouse (the list in view first, as a person scrolls before clicking); waits until the list
     * shows the choice.
     */
    public static void choose(Browser browser, String menuId, Predicate<String> label) {
        WebElement menu = browser.driver().findElement(By.id(menuId));
        browser.bringIntoView(menu);
        menu.click();
        WebElement panel = browser.driver().findElement(By.id(menuId + "_panel"));
        // The list opens with a transition; a click while it moves may land beside the entry.
        browser.waiting().until(d -> panel.isDisplayed() && settled(browser));
        WebElement item = panel.findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
                .filter(li -> label.test(li.getAttribute("data-label"))).findFirst()
                .orElseThrow(() -> new AssertionError("no matching entry in " + menuId + ": " + labels(browser, menuId)));
        String chosen = item.getAttribute("data-label");
        // Within the list only: scrolling the page would close it.
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
        item.click();
        // Closed again, so that it covers nothing the next step clicks.
        browser.waiting().withMessage(() -> menuId + " shows \"" + browser.driver().findElement(By.id(menuId + "_label")).getText()
                        + "\", not \"" + chosen + "\"")
                .until(d -> chosen.equals(d.findElement(By.id(menuId + "_label")).getText()) && !panel.isDisplayed() && settled(browser));
    }

    private static boolean settled(Browser browser) {
        return Boolean.FALSE.equals(((JavascriptExecutor) browser.driver()).executeScript("return !!PrimeFaces.animationActive;"));
    }

    /** Picks the entry of a thing by the code in brackets its label ends with, e.g. "福建省人民政府 (FJ)". */
    public static void chooseCode(Browser browser, String menuId, String code) {
        choose(browser, menuId, label -> label.endsWith("(" + code + ")"));
    }

    /**
     * What a hand-made request would post: the value of the list's chosen entry replaced, in the
     * hidden select that the form sends, by one that is not an entry of the list.
     */
    public static void forge(Browser browser, String menuId, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const select = document.getElementById(arguments[0]);"
                        + " select.options[Math.max(select.selectedIndex, 0)].value = arguments[1];"
                        + " select.selectedIndex = Math.max(select.selectedIndex, 0);",
                menuId + "_input", value);
    }

    /** The labels of a list's entries, in their order (read from the hidden select: PrimeFaces draws the list when it opens). */
    public static java.util.List<String> labels(Browser browser, String menuId) {
        return browser.driver().findElements(By.cssSelector("select[id='" + menuId + "_input'] option")).stream()
                .map(option -> option.getDomProperty("textContent")).toList();
    }
}
