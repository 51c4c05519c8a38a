package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An administrator enters a year's holidays from the State Council's notice; wrong lines are named and nothing is stored. */
class CalendarIT extends BrowserTestBase {

    @Test
    void anAdministratorKeepsTheCalendarOfAYear(Portal portal) throws Exception {
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        browser.go("/admin/calendar?year=2030");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-heading")));
        assertEquals("", browser.driver().findElement(By.id("days:lines")).getAttribute("value"), "nothing listed for 2030 yet");
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/admin/calendar"));

        save("2030-02-02,HOLIDAY,春节,Spring Festival\n2030-02-04,WORKDAY,调休,Make-up day\n");
        assertEquals(List.of("第 2 行：2030-02-04 是星期一，本来就是工作日；WORKDAY 只列调休上班的周末。"), problems());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM calendar_day WHERE YEAR(day) = 2030"));
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/admin/calendar with problems"));

        save("2030-02-02,HOLIDAY,春节,Spring Festival\n2030-02-03,HOLIDAY,春节,Spring Festival\n2030-01-26,WORKDAY,春节调休上班,Make-up working day\n");
        assertEquals(List.of(), problems());
        assertTrue(browser.driver().findElement(By.id("calendar-notice")).getText().contains("3"));
        assertEquals(3, portal.count("SELECT COUNT(*) FROM calendar_day WHERE YEAR(day) = 2030"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM calendar_day WHERE day = '2030-01-26' AND kind = 'WORKDAY'"));
        assertTrue(browser.driver().findElement(By.id("days:lines")).getAttribute("value").startsWith("2030-01-26,WORKDAY,"),
                "shown in date order");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'calendar.replace' AND subject = 'calendar:2030'"));
        assertEquals(39, portal.count("SELECT COUNT(*) FROM calendar_day WHERE YEAR(day) = 2026"), "other years untouched");
    }

    private void save(String lines) {
        WebElement editor = browser.driver().findElement(By.id("days:lines"));
        editor.clear();
        editor.sendKeys(lines);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("days:save")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-heading")));
    }

    private List<String> problems() {
        return browser.driver().findElements(By.cssSelector("#calendar-problems li")).stream().map(WebElement::getText).toList();
    }
}
