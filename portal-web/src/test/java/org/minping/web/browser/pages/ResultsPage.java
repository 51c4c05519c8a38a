package org.minping.web.browser.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import org.minping.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public results of a cycle for one track. */
public final class ResultsPage {

    private final Browser browser;

    private ResultsPage(Browser browser) {
        this.browser = browser;
    }

    public static ResultsPage open(Browser browser, String cycle, String track) {
        browser.go("/results?cycle=" + cycle + "&track=" + track);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results-heading")));
        browser.awaitQuiet();
        return new ResultsPage(browser);
    }

    /** Agency code → {rank, score} as the ranking table shows them. */
    public Map<String, String[]> rows() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("#ranking a.agency-result"))) {
            WebElement row = link.findElement(By.xpath("./ancestor::tr"));
            rows.put(link.getAttribute("data-agency"), new String[] {
                    row.findElement(By.cssSelector("span.rank")).getText().strip(),
                    row.findElement(By.cssSelector("span.score")).getText().strip()});
        }
        return rows;
    }

    public boolean hasChart() {
        return !browser.driver().findElements(By.cssSelector("#chart canvas")).isEmpty();
    }

    /** Agency code → the reason shown, for the agencies listed apart as not ranked. */
    public Map<String, String> notRanked() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#not-ranked tr.not-ranked"))) {
            rows.put(row.getAttribute("data-agency"), row.findElement(By.cssSelector("td.reason")).getText().strip());
        }
        return rows;
    }

    /** The public satisfaction as an agency's row shows it, e.g. "86.3 (82.1–90.5) n = 45". */
    public String satisfactionOf(String agencyCode) {
        return browser.driver().findElement(By.xpath("//a[@data-agency='" + agencyCode + "']/ancestor::tr"))
                .findElement(By.cssSelector("td.public-satisfaction")).getText().replaceAll("\\s+", " ").strip();
    }

    public String auditHead() {
        return browser.driver().findElement(By.id("audit-head")).getText().strip();
    }

    public AgencyResultPage openAgency(String code) {
        browser.driver().findElement(By.cssSelector("a.agency-result[data-agency='" + code + "']")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-heading")));
        browser.awaitQuiet();
        return new AgencyResultPage(browser);
    }

    /** One agency's published score and its decomposition. */
    public static final class AgencyResultPage {
        private final Browser browser;

        AgencyResultPage(Browser browser) {
            this.browser = browser;
        }

        public String score() {
            return browser.driver().findElement(By.id("result-score")).getText().strip();
        }

        /** The decomposition in words. */
        public String explanation() {
            return browser.driver().findElement(By.id("result-explanation")).getText();
        }

        /** The points of each term as the table shows them. */
        public java.util.List<java.math.BigDecimal> shownPoints() {
            return browser.driver().findElements(By.cssSelector("#decomposition tbody td.points")).stream()
                    .map(cell -> new java.math.BigDecimal(cell.getText().strip())).toList();
        }

        public int decompositionTerms() {
            return browser.driver().findElements(By.cssSelector("#decomposition tbody tr")).size();
        }

        public boolean hasChart() {
            return !browser.driver().findElements(By.cssSelector("#decomposition-chart canvas")).isEmpty();
        }
    }
}
