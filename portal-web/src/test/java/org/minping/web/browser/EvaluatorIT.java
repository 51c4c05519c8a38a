package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.EvaluatorsPage;
import org.minping.web.browser.pages.Lists;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator registers an evaluator organisation, adds its staff and assigns it to two
 * agencies, picking each from a list (a value posted by hand that is not an entry is refused by
 * name); the evaluator declares a conflict with one (the assignment stops) and none with the other.
 */
class EvaluatorIT extends BrowserTestBase {

    @Test
    void anOrganisationIsAssignedAndDeclaresConflictsOfInterest(Portal portal) throws Exception {
        String code = "TP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String evaluator = portal.copyOfAccount("evaluator");
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        EvaluatorsPage page = EvaluatorsPage.open(browser);
        page.register("bad code", "", "");
        assertEquals(3, page.problems().size(), page.problems().toString());
        assertEquals("机构代码须为 2 到 32 个大写字母、数字或 -。", page.fieldProblem("register", "code"));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM evaluator_org WHERE code = 'bad code'"));

        page.register(code, "测试评估中心", "Test Evaluation Centre");
        assertEquals(List.of(), page.problems());
        assertTrue(page.entries("staff:org").contains("测试评估中心 (" + code + ")"), "organisations listed by name and code: " + page.entries("staff:org"));
        assertTrue(page.entries("staff:username").stream().anyMatch(e -> e.endsWith("(" + evaluator + ")")),
                "evaluator accounts of no organisation are listed");
        page.addStaff(code, evaluator);
        assertEquals(List.of(), page.problems());
        assertTrue(page.entries("staff:username").stream().noneMatch(e -> e.endsWith("(" + evaluator + ")")),
                "an account placed in an organisation is no longer offered");
        for (String agency : List.of("HZ", "SZ")) {
            page.assign(code, agency, "2026");
            assertEquals(List.of(), page.problems());
        }
        assertEquals(2, portal.count("SELECT COUNT(*) FROM evaluator_assignment s JOIN evaluator_org o ON o.id = s.org_id"
                + " WHERE o.code = '" + code + "'"));
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/admin/evaluators"));

        // Values that are not entries of the lists, posted by hand: refused, naming the list; nothing changes.
        Lists.chooseCode(browser, "assign:org", code);
        Lists.chooseCode(browser, "assign:agency", "GX");
        Lists.forge(browser, "assign:agency", "NOPE");
        page.send("assign");
        assertEquals(List.of("机关：请从列表中选择。"), page.problems());
        assertEquals("机关：请从列表中选择。", page.fieldProblem("assign", "agency"));
        assertEquals("", page.notice(), "no notice of an earlier change");
        Lists.chooseCode(browser, "staff:org", code);
        Lists.forge(browser, "staff:username", "admin");
        page.send("staff");
        assertEquals("评估人员账号：请从列表中选择。", page.fieldProblem("staff", "username"));
        assertEquals(2, portal.count("SELECT COUNT(*) FROM evaluator_assignment s JOIN evaluator_org o ON o.id = s.org_id"
                + " WHERE o.code = '" + code + "'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM evaluator_member m JOIN evaluator_org o ON o.id = m.org_id"
                + " WHERE o.code = '" + code + "'"));

        browser.useLanguage("en");
        page = EvaluatorsPage.open(browser);
        assertTrue(page.entries("assign:org").contains("Test Evaluation Centre (" + code + ")"), "names in the page's language");
        Lists.chooseCode(browser, "assign:org", code);
        Lists.forge(browser, "assign:cycle", "NOPE");
        page.send("assign");
        assertEquals(List.of("Evaluation cycle: choose an entry of the list."), page.problems());
        browser.useLanguage("zh");

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs(evaluator, "evaluator-demo");
        browser.go("/evaluator/assignments");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("evaluator-heading")));
        assertEquals("AWAITING_DECLARATION", state("SZ"));
        declare("SZ", true, "本机构为深圳市人民政府信息化项目的承建单位。");
        assertEquals("BLOCKED", state("SZ"));
        declare("HZ", false, "本机构与杭州市人民政府无合同、无股权关系。");
        assertEquals("READY", state("HZ"));
        assertEquals(2, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'evaluator.declaration'"
                + " AND subject LIKE 'evaluator:" + code + "/%'"));
        assertTrue(browser.driver().findElements(By.cssSelector("tr[data-agency='HZ'] textarea")).isEmpty(),
                "a declaration is made once");
    }

    @Test
    void aDeclarationOnARowBetweenOthersIsTheOneStored(Portal portal) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String code = "TP-" + suffix;
        String evaluator = portal.copyOfAccount("evaluator");
        // Two cycles: each agency has a row in each, and its declaration (once per agency) serves both.
        List<String> cycles = List.of("IT-DA-" + suffix, "IT-DB-" + suffix);
        portal.createCycle(cycles.get(0), "声明测试甲", "Declaration test A", LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31"));
        portal.createCycle(cycles.get(1), "声明测试乙", "Declaration test B", LocalDate.parse("2022-01-01"), LocalDate.parse("2022-12-31"));
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        EvaluatorsPage page = EvaluatorsPage.open(browser);
        page.register(code, "第二测试评估中心", "Second Test Evaluation Centre");
        page.addStaff(code, evaluator);
        for (String cycle : cycles) {
            for (String agency : List.of("HZ", "SZ", "GX")) {
                page.assign(code, agency, cycle);
                assertEquals(List.of(), page.problems());
            }
        }

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs(evaluator, "evaluator-demo");
        browser.go("/evaluator/assignments");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("evaluator-heading")));
        List<String> rows = browser.driver().findElements(By.cssSelector("#assignments tr[data-agency]")).stream()
                .map(row -> row.getAttribute("data-agency") + "/" + row.getAttribute("data-cycle")).toList();
        assertEquals(6, rows.size(), rows.toString());
        // the second row: not the first, and its agency's row in the other cycle comes later, its fields left empty
        String agency = rows.get(1).substring(0, rows.get(1).indexOf('/'));
        declare(browser.driver().findElements(By.cssSelector("#assignments tr[data-agency]")).get(1), false,
                "本机构与该机关无合同、无股权关系。");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM conflict_declaration d JOIN evaluator_org o ON o.id = d.org_id"
                + " JOIN agency g ON g.id = d.agency_id WHERE o.code = '" + code + "' AND g.code = '" + agency + "'"
                + " AND NOT d.has_conflict AND d.statement = '本机构与该机关无合同、无股权关系。'"),
                "the declaration made on the second of six rows is stored for that row's agency");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM conflict_declaration d JOIN evaluator_org o ON o.id = d.org_id"
                + " WHERE o.code = '" + code + "'"), "and for no other agency");
        for (WebElement row : browser.driver().findElements(By.cssSelector("#assignments tr[data-agency]"))) {
            assertEquals(agency.equals(row.getAttribute("data-agency")) ? "READY" : "AWAITING_DECLARATION",
                    row.getAttribute("data-state"), row.getAttribute("data-agency") + " in " + row.getAttribute("data-cycle"));
        }
    }

    private void declare(String agency, boolean conflict, String statement) {
        declare(browser.driver().findElement(By.cssSelector("tr[data-agency='" + agency + "']")), conflict, statement);
    }

    /** Declares on a row of the table as a person does: a click on the answer, the statement typed, the row's button. */
    private void declare(WebElement row, boolean conflict, String statement) {
        row.findElement(By.cssSelector("input[type=radio][value='" + conflict + "']")).click();
        row.findElement(By.tagName("textarea")).sendKeys(statement);
        browser.clickAndAwaitNewPage(row.findElement(By.cssSelector("input[type=submit]")));
        browser.waiting().until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("evaluator-notice")),
                ExpectedConditions.presenceOfElementLocated(By.id("evaluator-problem"))));
    }

    private String state(String agency) {
        return browser.driver().findElement(By.cssSelector("tr[data-agency='" + agency + "']")).getAttribute("data-state");
    }

}
