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

    /** Agency code → {rank, score} as the table shows them. */
    public Map<String, String[]> rows() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("a.agency-result"))) {
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

        public int decompositionTerms() {
            return browser.driver().findElements(By.cssSelector("#decomposition tbody tr")).size();
        }

        public boolean hasChart() {
            return !browser.driver().findElements(By.cssSelector("#decomposition-chart canvas")).isEmpty();
        }
    }
}
