package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Every page of the staff — the administrators' above all, but also the moderators', auditors',
 * agencies', evaluators' and experts' — in both languages: no serious or critical WCAG 2.1 A/AA
 * violation by axe-core, and nothing wider than a phone's 390 px but a table's own box.
 */
class StaffPagesIT extends BrowserTestBase {

    private static final String DRAFT = "IT-AXE-DRAFT";

    @Test
    @DisplayName("Staff pages pass axe-core (serious, critical) in Chinese and English and fit 390 px")
    void staffPagesAreAccessibleInBothLanguagesAndOnAPhone(Portal portal) throws Exception {
        // A draft cycle, whose settings forms take input.
        portal.createDraftCycle(DRAFT, "无障碍草稿测试", "Accessibility draft test", java.time.LocalDate.parse("2032-01-01"),
                java.time.LocalDate.parse("2032-12-31"));
        Map<String, List<String>> pagesByRole = new LinkedHashMap<>();
        pagesByRole.put("admin", List.of("/admin/index", "/admin/cycles", "/admin/cycle?code=2026", "/admin/cycle?code=" + DRAFT,
                "/admin/scoring?cycle=2026", "/admin/followups", "/admin/policy", "/admin/evaluators", "/admin/panels?cycle=2026",
                "/admin/calendar", "/admin/tokens", "/admin/lexicon", "/admin/users", "/admin/agencies", "/admin/reports",
                "/admin/agencies?agency=HZ&service=HZ-BIZ", "/admin/indicators", "/admin/indicator?version=TPL-LOCAL&node=DUTY", "/account",
                "/admin/rectification", "/admin/accountability", "/admin/supervision?cycle=2026", "/admin/plans", "/admin/plan-dashboard"));
        pagesByRole.put("moderator", List.of("/moderation/queue"));
        pagesByRole.put("auditor", List.of("/audit/index", "/audit/accountability", "/admin/supervision?cycle=2026"));
        pagesByRole.put("agency", List.of("/desk/followups", "/desk/reports", "/desk/rectification", "/desk/plan"));
        pagesByRole.put("evaluator", List.of("/evaluator/assignments", "/evaluator/sheets"));
        pagesByRole.put("expert", List.of("/expert/scores"));

        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> role : pagesByRole.entrySet()) {
            LoginPage.open(browser).logInAs(role.getKey(), role.getKey() + "-demo");
            for (String language : List.of("zh", "en")) {
                browser.useLanguage(language);
                for (String page : role.getValue()) {
                    browser.go(page);
                    browser.awaitQuiet();
                    // An error page is accessible too: the page itself must have been shown.
                    browser.driver().findElements(By.cssSelector("[data-error]")).forEach(error -> violations.add(
                            language + " " + role.getKey() + " " + page + ": error page " + error.getAttribute("data-error")));
                    violations.addAll(Accessibility.seriousViolations(browser, language + " " + role.getKey() + " " + page));
                }
            }
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            for (String page : role.getValue()) {
                browser.go(page);
                browser.awaitQuiet();
                String overflow = Accessibility.overflow(browser);
                if (!overflow.isEmpty()) {
                    violations.add("390 px " + role.getKey() + " " + page + ": wider than the screen: " + overflow);
                }
            }
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.logOut();
        }
        assertEquals(List.of(), violations, "serious or critical accessibility violations, or staff pages too wide for a phone");
    }
}
