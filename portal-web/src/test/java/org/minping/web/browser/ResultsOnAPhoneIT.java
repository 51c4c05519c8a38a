package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ResultsPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The results as a citizen reads them on a phone (390 × 844), in Chinese and in English: an agency
 * rated three times and nothing else is listed apart, not ranked, and the others rank 1, 2; each
 * note is explained once in a legend and marked on the rows; satisfaction shows its interval and
 * the number of raters; /result puts the score into words with parts that add up to it; and none
 * of /results, /result and /agency needs sideways scrolling, with the header's links in a compact
 * row rather than a bulleted list.
 */
class ResultsOnAPhoneIT extends BrowserTestBase {

    private static final String CYCLE = "IT-PHONE";
    private static final String MARCH_10 = "2024-03-10 10:00:00";

    @Test
    void aCitizenOnAPhoneReadsTheResultsInBothLanguages(Portal portal) throws Exception {
        portal.createCycle(CYCLE, "手机阅读测试", "Phone reading test", LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"));
        // HZ and SZ: 40 raters each and internal scores, more than half of their weight on enough data.
        portal.publishedAppraisals("HZ", 30, 5, MARCH_10);
        portal.publishedAppraisals("HZ", 10, 4, MARCH_10);
        portal.internalScores(CYCLE, "HZ", 85);
        portal.publishedAppraisals("SZ", 40, 3, MARCH_10);
        portal.internalScores(CYCLE, "SZ", 70);
        // BJ: three ratings of 非常满意 and nothing else.
        portal.publishedAppraisals("BJ", 3, 5, MARCH_10);
        portal.closeCycle(CYCLE);
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ScoringPage scoring = ScoringPage.open(browser, CYCLE);
        scoring.publish(scoring.startRunAndWait());
        browser.logOut();

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        List<String> tooWide = new ArrayList<>();
        for (Locale language : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            ResourceBundle messages = ResourceBundle.getBundle("org.minping.web.i18n.messages", language);
            if (language == Locale.ENGLISH) {
                browser.go("/");
                browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("language:en")));
            }
            ResultsPage results = ResultsPage.open(browser, CYCLE, "LOCAL");
            tooWide.addAll(overflow(language + " /results"));
            theHeaderIsACompactRow(language);

            Map<String, String[]> ranked = results.rows();
            assertEquals("1", ranked.get("HZ")[0], language + ": " + ranked.keySet());
            assertEquals("2", ranked.get("SZ")[0], language + ": the next rank without a gap");
            assertFalse(ranked.containsKey("BJ"), language + ": three ratings are not ranked");
            assertEquals(messages.getString("results.notRanked.reason.INSUFFICIENT_DATA"), results.notRanked().get("BJ"),
                    language + ": BJ is listed apart with the reason");
            assertEquals(messages.getString("results.notRanked.title"),
                    browser.driver().findElement(By.id("not-ranked-title")).getText().strip());
            String beijing = browser.driver().findElement(By.cssSelector("#not-ranked tr[data-agency='BJ']")).getText();
            assertFalse(beijing.contains("优秀") || beijing.contains("良好") || beijing.contains("合格"), "no grade: " + beijing);

            // Each note explained once, in the legend; the rows carry marks.
            assertEquals(1, browser.driver().findElements(By.id("flag-legend")).size());
            String page = (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.body.innerText;");
            for (String help : List.of("results.flag.incomplete.help", "results.flag.insufficient.help", "results.suppressed.help")) {
                assertEquals(1, occurrences(page, messages.getString(help)), language + ": " + help + " once");
            }
            assertEquals("*", mark("#ranking tr:has(a[data-agency='HZ']) .flag[data-flag='incomplete']"),
                    language + ": HZ has no third-party or expert scores, marked, not spelled out");

            // Satisfaction with its interval and the number of raters.
            String hangzhou = results.satisfactionOf("HZ");
            assertTrue(hangzhou.matches("\\d+\\.\\d ?[(（]\\d+\\.\\d–\\d+\\.\\d[)）] n = 40"), language + ": " + hangzhou);

            // Nothing wider than the phone, the decomposition in words naming the score.
            ResultsPage.AgencyResultPage hangzhouResult = results.openAgency("HZ");
            tooWide.addAll(overflow(language + " /result"));
            String score = hangzhouResult.score();
            assertTrue(hangzhouResult.explanation().contains(score), language + ": " + hangzhouResult.explanation());
            assertTrue(hangzhouResult.explanation().contains(messages.getString("source.INTERNAL")),
                    language + ": the parts are named: " + hangzhouResult.explanation());
            assertEquals(new BigDecimal(score), hangzhouResult.shownPoints().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                    language + ": the terms shown add up to the score shown");

            browser.go("/result?cycle=" + CYCLE + "&agency=BJ");
            browser.awaitQuiet();
            assertTrue(browser.driver().findElements(By.id("result-grade")).isEmpty(), language + ": no grade for BJ");
            assertEquals(messages.getString("results.notRanked.title"),
                    browser.driver().findElement(By.id("result-not-ranked")).getText().strip());

            browser.go("/agency?code=HZ");
            browser.awaitQuiet();
            tooWide.addAll(overflow(language + " /agency"));
        }
        assertEquals(List.of(), tooWide, "pages wider than a 390 px phone");
    }

    /**
     * The elements that stick out of the viewport, innermost first, or nothing when the page fits.
     * The whole page is kept as a screenshot in target/screenshots, for people to look at.
     */
    @SuppressWarnings("unchecked")
    private List<String> overflow(String page) throws java.io.IOException {
        java.nio.file.Path shots = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        Map<String, Object> shot = ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        java.nio.file.Files.write(shots.resolve("390px " + page.replaceAll("[^A-Za-z0-9]+", "-") + ".png"),
                java.util.Base64.getDecoder().decode((String) shot.get("data")));
        List<String> found = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                if (document.documentElement.scrollWidth <= window.innerWidth) { return []; }
                const width = window.innerWidth;
                return [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ends at '
                         + Math.round(e.getBoundingClientRect().right) + ' of ' + width);""");
        return found.stream().map(element -> page + ": " + element).toList();
    }

    /** The header's links: no bullets, the first ones side by side. */
    private void theHeaderIsACompactRow(Locale language) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        assertEquals("none", script.executeScript(
                "return getComputedStyle(document.querySelector('header .site-nav li')).listStyleType;"), language.toString());
        assertEquals(Boolean.TRUE, script.executeScript("""
                const items = document.querySelectorAll('header .site-nav li');
                return items[0].getBoundingClientRect().top === items[1].getBoundingClientRect().top;"""),
                language + ": home and results side by side");
    }

    /** The visible mark of a note (its name is for screen readers). */
    private String mark(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).findElement(By.cssSelector("[aria-hidden='true']"))
                .getAttribute("textContent");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
