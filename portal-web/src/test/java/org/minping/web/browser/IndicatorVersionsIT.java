package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.CyclePage;
import org.minping.web.browser.pages.CyclesPage;
import org.minping.web.browser.pages.IndicatorVersionPage;
import org.minping.web.browser.pages.IndicatorsPage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The office keeps indicator systems as versions from the pages: a draft made from the version in
 * use, a weight that breaks a level's 100% named by its level, bad input refused by field, two
 * versions compared, the draft bound to a draft cycle, the cycle's opening refused while the draft
 * is not usable, and the version frozen once the cycle opens — a form left open elsewhere is then
 * refused. The draft ends with the content of the version it came from, so later tests that score
 * the budget track see the same tree.
 */
class IndicatorVersionsIT extends BrowserTestBase {

    private static final String TRACK = "BUDGET";
    private static final String TEMPLATE = "TPL-BUDGET";

    private final String cycle = "IT-IND-" + ThreadLocalRandom.current().nextInt(1000, 9999);

    /** The cycle opened now would be the newest open one, whose versions citizens' forms use: it closes. */
    @AfterEach
    void closeTheCycle(Portal portal) throws Exception {
        portal.closeCycle(cycle);
    }

    @Test
    @DisplayName("A draft version is edited (a level's sum named), compared, bound to a cycle, refused at opening until usable, then frozen")
    void anOfficeKeepsItsIndicatorSystemAsVersions(Portal portal) throws Exception {
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        browser.go("/admin/index");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("indicators-link")));
        IndicatorsPage list = IndicatorsPage.open(browser);
        assertEquals("FROZEN", list.versions().stream().filter(v -> v.code().equals(TEMPLATE)).findFirst().orElseThrow().state(),
                "the seeded version is in use by the cycles that exist");

        IndicatorVersionPage draft = list.newDraftFrom(TEMPLATE);
        String version = draft.code();
        assertTrue(version.startsWith(TRACK + "-V"), version);
        assertEquals("DRAFT", draft.state());
        assertTrue(draft.usable(), "a copy of a usable version is usable");
        assertEquals(List.of("EXECUTION", "OUTPUT", "OUTCOME", "PUBLIC", "OVERALL", "EFFICIENCY", "TRANSPARENCY", "ATTITUDE"),
                draft.nodes().stream().map(IndicatorVersionPage.Node::code).toList(), "the same tree, parents first");
        assertEquals(1, draft.node("ATTITUDE").orElseThrow().depth());

        // A first-level weight that breaks the level's 100%: the page names the level and the sum.
        draft = draft.edit("EXECUTION").save(null, null, null, null, "15", Map.of());
        assertEquals("已保存指标 EXECUTION。", draft.notice());
        assertEquals(List.of("一级指标的权重合计为 95%，应为 100%。"), draft.check());
        // One level down: named by its depth and its parent.
        draft = draft.edit("ATTITUDE").save(null, null, null, null, "25", Map.of());
        assertEquals(List.of("一级指标的权重合计为 95%，应为 100%。", "第 2 级指标（PUBLIC 之下）的权重合计为 105%，应为 100%。"),
                draft.check());
        draft = draft.edit("ATTITUDE").save(null, null, null, null, "20", Map.of());

        // A new first-level indicator in full-width digits makes the level whole again.
        long indicators = portal.count("SELECT COUNT(*) FROM indicator i JOIN indicator_system s ON s.id = i.system_id WHERE s.code = '" + version + "'");
        draft = IndicatorVersionPage.open(browser, version).save("it-new", "", "资金绩效自评", "Self-assessment of fund performance", "５",
                Map.of("INTERNAL", "100"));
        assertEquals("已添加指标 IT-NEW。", draft.notice());
        assertTrue(draft.usable(), String.valueOf(draft.check()));
        assertEquals("5%", draft.node("IT-NEW").orElseThrow().cells().get(2));

        // Bad input: every field named, nothing stored.
        draft = IndicatorVersionPage.open(browser, version).save("指标", "", "", "x", "abc", Map.of("EXPERT", "120"));
        assertEquals(List.of("代码须为 1 到 48 个字母、数字或连字符（连字符只能在字母或数字之间）。", "中文名称须为 1 到 100 个字。",
                "权重须为大于 0、不超过 100 的百分数，最多四位小数，例如 40 或 33.3333。",
                "数据来源权重须为 0 到 100 的百分数，最多四位小数；不计入的来源留空。"), draft.problems());
        assertEquals("权重须为大于 0、不超过 100 的百分数，最多四位小数，例如 40 或 33.3333。", draft.fieldProblem("weight"));
        assertEquals("数据来源权重须为 0 到 100 的百分数，最多四位小数；不计入的来源留空。", draft.fieldProblem("source-EXPERT"));
        draft = IndicatorVersionPage.open(browser, version).save("OVERALL", "OVERALL", "重复", "Duplicate", "10", Map.of());
        assertEquals(List.of("此版本已有代码为 OVERALL 的指标。", "上级指标：总体满意度作为整体评价，其下不能再设指标。"), draft.problems());
        assertEquals(indicators + 1, portal.count("SELECT COUNT(*) FROM indicator i JOIN indicator_system s ON s.id = i.system_id WHERE s.code = '"
                + version + "'"), "refused input stores nothing");

        // Comparing the version in use with the draft, indicator by indicator.
        list = IndicatorsPage.open(browser);
        assertEquals(List.of(new IndicatorsPage.Difference("EXECUTION", "CHANGED", "修改：权重"),
                new IndicatorsPage.Difference("IT-NEW", "ADDED", "新增")), list.compare(TEMPLATE, version));

        // Two administrators on one indicator: the form filled before the other's change is refused, not saved over it.
        try (Browser other = Browser.open(portal.baseUrl())) {
            LoginPage.open(other).logInAs("admin", "admin-demo");
            IndicatorVersionPage theirs = IndicatorVersionPage.open(other, version).edit("OUTCOME");
            draft = IndicatorVersionPage.open(browser, version).edit("OUTCOME").save(null, null, "效益（产出效果）", null, null, Map.of());
            theirs = theirs.save(null, null, null, null, "35", Map.of());
            assertEquals(List.of("指标 OUTCOME 在您修改期间已被他人更改：请重新打开后再修改。"), theirs.problems());
            assertEquals("指标 OUTCOME 在您修改期间已被他人更改：请重新打开后再修改。", theirs.fieldProblem("code"));
        }
        draft = IndicatorVersionPage.open(browser, version).edit("OUTCOME").save(null, null, "效益", null, null, Map.of());
        assertTrue(draft.usable());

        // A draft cycle takes the draft for the budget track, picked from the track's versions.
        portal.createDraftCycle(cycle, "指标版本测试周期", "Indicator versions test cycle", LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));
        CyclePage settings = CyclePage.open(browser, cycle);
        assertEquals(TEMPLATE, settings.boundVersion(TRACK));
        settings = settings.bindVersion(TRACK, version);
        assertEquals("已保存指标体系的选择。", settings.notice());
        assertEquals(version, settings.boundVersion(TRACK));

        // Taking the new indicator away again leaves the first level at 95%: the cycle does not open.
        draft = IndicatorVersionPage.open(browser, version).edit("IT-NEW").remove();
        assertEquals("已删除指标 IT-NEW。", draft.notice());
        assertFalse(draft.usable());
        String number = version.substring((TRACK + "-V").length());
        assertEquals(List.of("不能开放：试点类别所用的指标体系 " + version + "（第 " + number + " 版）还不能使用，请在指标体系编辑页查看并改正其中的问题。"),
                CyclesPage.open(browser).openRefused(cycle));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM evaluation_cycle WHERE code = '" + cycle + "' AND state = 'DRAFT'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM indicator_system WHERE code = '" + version + "' AND state = 'DRAFT'"));

        draft = IndicatorVersionPage.open(browser, version).edit("EXECUTION").save(null, null, null, null, "20", Map.of());
        assertTrue(draft.usable());
        try (Browser second = Browser.open(portal.baseUrl())) {
            // Another administrator has the form of the draft open while the cycle opens.
            LoginPage.open(second).logInAs("admin", "admin-demo");
            IndicatorVersionPage stale = IndicatorVersionPage.open(second, version).edit("OUTPUT");
            assertEquals("OPEN", stateAfterOpening(cycle));
            stale = stale.save(null, null, null, null, "25", Map.of());
            assertEquals(List.of("版本 " + version + " 已被开放的周期使用，不能再修改：请由它新建草稿。"), stale.problems());
        }
        assertEquals(1, portal.count("SELECT COUNT(*) FROM indicator i JOIN indicator_system s ON s.id = i.system_id WHERE s.code = '" + version
                + "' AND s.state = 'FROZEN' AND i.code = 'OUTPUT' AND i.weight = 0.300000"), "frozen, and the weight as it was");
        draft = IndicatorVersionPage.open(browser, version);
        assertEquals("FROZEN", draft.state());
        assertFalse(draft.editable(), "a frozen version offers no form");
        assertFalse(CyclePage.open(browser, cycle).bindingChangeable(TRACK), "nor can the open cycle take another version");
        list = IndicatorsPage.open(browser);
        assertEquals(List.of(), list.compare(TEMPLATE, version));
        assertTrue(list.saysSame());

        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'indicator.version.create' AND actor = 'admin'"
                + " AND subject = 'indicator-system:" + version + "'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'indicator.create' AND subject = 'indicator-system:"
                + version + "/indicator:IT-NEW'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'indicator.remove' AND subject = 'indicator-system:"
                + version + "/indicator:IT-NEW'"));
        assertEquals(6, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'indicator.update' AND subject LIKE 'indicator-system:"
                + version + "/%'"), "six saved changes; the refused ones are no events");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'cycle.indicator-system' AND subject = 'cycle:" + cycle + "'"));

        // The other language, and a phone's width.
        browser.useLanguage("en");
        draft = IndicatorsPage.open(browser).newDraftFrom(version);
        draft = draft.edit("EXECUTION").save(null, null, null, null, "15", Map.of());
        assertEquals(List.of("The weights of the first-level indicators add up to 95%, not 100%."), draft.check());
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        IndicatorVersionPage.open(browser, draft.code());
        assertTrue((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"), "the editor fits 390 px");
    }

    @Test
    @DisplayName("An unknown version answers 404; a moderator cannot open the editor: 403")
    void unknownVersionsAndOtherRoles() {
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        browser.go("/admin/indicator?version=NO-SUCH-VERSION");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")));
        assertEquals("404", browser.driver().findElement(By.id("error-title")).getAttribute("data-error"));
        browser.logOut();
        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        browser.go("/admin/indicators");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")));
        assertEquals("403", browser.driver().findElement(By.id("error-title")).getAttribute("data-error"));
    }

    private String stateAfterOpening(String code) {
        CyclesPage cycles = CyclesPage.open(browser);
        cycles.openCycle(code);
        return cycles.state(code);
    }
}
