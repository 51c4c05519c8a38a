package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every public page, in Chinese and in English: axe-core finds no serious or critical WCAG 2.1 A/AA
 * violation, and the page with everything it loads stays under 250 KB on a first visit, compressed
 * as served (charted result pages excepted; the weights are written to target/page-weight.tsv for
 * docs/BENCHMARKS.md). And a rating can be given with the keyboard alone.
 */
class PublicPagesIT extends BrowserTestBase {

    static final long BUDGET_BYTES = 250 * 1024;

    @Test
    void everyPublicPageIsAccessibleAndLightInBothLanguages(Portal portal) throws Exception {
        String receipt = Http.object(ApiRater.anonymous(portal).post("a11y-" + UUID.randomUUID(),
                "{\"agencyCode\":\"HZ\",\"overall\":4}")).getString("receipt");
        PublishedCycle.publish(browser, portal);
        String hall = portal.addServiceHall("HZ").code();
        List<String> pages = List.of("/", "/agency?code=HZ", "/agency?code=HZ&hall=" + hall, "/results", "/open-data",
                "/results?cycle=IT-PUBLIC&track=LOCAL", "/result?cycle=IT-PUBLIC&agency=HZ", "/receipt?receipt=" + receipt,
                "/register", "/login", "/qr?code=HZ&service=HZ-BIZ", "/qr?code=HZ&hall=" + hall);
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));

        Map<String, Long> weights = new LinkedHashMap<>();
        List<String> violations = new ArrayList<>();
        for (String language : List.of("zh", "en")) {
            if (language.equals("en")) {
                browser.go("/");
                browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("language:en")));
            }
            for (String page : pages) {
                browser.go(page);
                browser.awaitQuiet();
                assertEquals(language.equals("zh") ? "zh-CN" : "en",
                        browser.driver().findElement(By.tagName("html")).getAttribute("lang"), page);
                weights.put(language + " " + page, transferredBytes());
                violations.addAll(Accessibility.seriousViolations(browser, language + " " + page));
            }
        }
        // On a phone's width nothing may need sideways scrolling.
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        for (String page : pages) {
            browser.go(page);
            browser.awaitQuiet();
            String overflow = Accessibility.overflow(browser);
            if (!overflow.isEmpty()) {
                violations.add("mobile " + page + ": wider than the screen: " + overflow);
            }
        }
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        StringBuilder table = new StringBuilder("page\tbytes\n");
        weights.forEach((page, bytes) -> table.append(page).append('\t').append(bytes).append('\n'));
        Files.writeString(Path.of("target", "page-weight.tsv"), table.toString());
        assertEquals(List.of(), violations, "serious or critical accessibility violations, or pages too wide for a phone");
        // The budget holds for every page but the results pages, whose PrimeFaces charts alone
        // weigh more (docs/BENCHMARKS.md records them).
        weights.forEach((page, bytes) -> assertTrue(page.contains("/result") || bytes <= BUDGET_BYTES,
                page + " transfers " + bytes + " bytes"));
    }

    @Test
    void aRatingCanBeGivenWithTheKeyboardAlone(Portal portal) throws Exception {
        long before = portal.count("SELECT COUNT(*) FROM appraisal");
        browser.go("/agency?code=SZ");
        browser.awaitQuiet();
        // Tab to the first level of the overall rating, move to "satisfied" with the arrow key.
        tabUntil(element -> "radio".equals(element.getAttribute("type"))
                && element.getAttribute("name").endsWith("overall"));
        active().sendKeys(Keys.ARROW_RIGHT);
        assertEquals("4", active().getAttribute("value"), "the arrow moved to the second level, 满意");
        assertTrue(active().isSelected());
        browser.waiting().until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const field = document.querySelector(\"input[name='altcha']\"); return !!(field && field.value);")));
        tabUntil(element -> "appraisal:submit".equals(element.getAttribute("id")));
        ((JavascriptExecutor) browser.driver()).executeScript("window.minpingOldPage = true;");
        active().sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
        assertEquals(before + 1, portal.count("SELECT COUNT(*) FROM appraisal"));
    }

    private void tabUntil(java.util.function.Predicate<WebElement> wanted) {
        for (int presses = 0; presses < 80; presses++) {
            active().sendKeys(Keys.TAB);
            if (wanted.test(active())) {
                return;
            }
        }
        throw new AssertionError("80 presses of Tab never reached the element; focus is at " + active().getTagName()
                + "#" + active().getAttribute("id"));
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    /** The document and every resource it loaded, as transferred over the network (compressed, with headers). */
    private long transferredBytes() {
        Object bytes = ((JavascriptExecutor) browser.driver()).executeScript("""
                const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                return entries.reduce((sum, entry) => sum + (entry.transferSize || 0), 0);""");
        return ((Number) bytes).longValue();
    }
}
