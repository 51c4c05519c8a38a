package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AgenciesPage;
import org.minping.web.browser.pages.Lists;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The evaluation office keeps its agencies from the portal: a city under a region and a department
 * under the city, picked from lists, with a service and a hall; duplicate and full-width codes, a
 * loop in the tree and a parent posted by hand that is not an entry of the list are refused by
 * name; every change is in the audit chain.
 */
class AgencyAdminIT extends BrowserTestBase {

    private static final String LOCAL = "地方政府及政府机关绩效管理";

    private final String city = "IT-FZ" + ThreadLocalRandom.current().nextInt(1000, 9999);
    private final String department = city + "-FIN";

    /** Other tests count the pilot agencies and rank the LOCAL track: what this test made goes again. */
    @AfterEach
    void removeWhatTheTestMade(Portal portal) throws Exception {
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            String mine = "SELECT id FROM agency WHERE code IN ('" + city + "', '" + department + "')";
            sql.executeUpdate("DELETE FROM service_hall WHERE agency_id IN (" + mine + ")");
            sql.executeUpdate("DELETE FROM service_offering WHERE agency_id IN (" + mine + ")");
            sql.executeUpdate("DELETE FROM agency WHERE code = '" + department + "'");
            sql.executeUpdate("DELETE FROM agency WHERE code = '" + city + "'");
        }
    }

    @Test
    @DisplayName("An administrator makes a city under a region and a department under it, adds a service and a hall; bad codes and a loop are refused by name")
    void anAdministratorKeepsTheAgencyTree(Portal portal) throws Exception {
        long agencies = portal.count("SELECT COUNT(*) FROM agency");
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        browser.go("/admin/index");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("agencies-link")));
        AgenciesPage page = AgenciesPage.open(browser);
        assertEquals(0, page.node("FJ").orElseThrow().depth(), "the pilot agencies are roots");

        // Lower case and full-width: the code is kept in its one spelling.
        page.saveAgency(toFullWidth(city.toLowerCase()), "福州市人民政府", "Fuzhou Municipal People's Government",
                "地方人民政府", LOCAL, "福建省", "FJ");
        assertEquals(List.of(), page.problems());
        assertEquals("已建立机关 " + city + "。", page.notice());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM agency a JOIN agency p ON p.id = a.parent_id"
                + " WHERE a.code = '" + city + "' AND p.code = 'FJ' AND a.kind = 'REGIONAL_GOVERNMENT' AND a.short_name_zh = '福州市人民政府'"));

        page = AgenciesPage.open(browser);
        page.saveAgency("", "", "", null, null, null, null);
        assertEquals(List.of("代码须为 1 到 32 个字母、数字或连字符（连字符只能在字母或数字之间），例如 HZ-SC。",
                "中文名称须为 1 到 100 个字。", "英文名称须为 1 到 200 个字符。", "类型：请选择机关的类型。",
                "试点类别：请选择机关参加的试点类别。", "地区：请选择机关所在的地区。"), page.problems(), "every missing field named");
        page.saveAgency(department, "福州市财政局", "Fuzhou Finance Bureau", "政府部门", LOCAL, "福建省", "");
        assertEquals(List.of("上级机关：政府部门须隶属于一个政府，请选择上级机关。"), page.problems());
        assertEquals("上级机关：政府部门须隶属于一个政府，请选择上级机关。", page.fieldProblem("agency", "parent"));
        page.saveAgency(department, "福州市财政局", "Fuzhou Finance Bureau", null, null, null, city);
        assertEquals(List.of(), page.problems());

        page = AgenciesPage.open(browser);
        assertEquals(new AgenciesPage.Node(city, "FJ", 1, List.of("福州市人民政府", city, "地方人民政府", LOCAL, "福建省", "0", "0")),
                page.node(city).orElseThrow());
        assertEquals(new AgenciesPage.Node(department, city, 2, List.of("福州市财政局", department, "政府部门", LOCAL, "福建省", "0", "0")),
                page.node(department).orElseThrow());

        // The same code again, and again in full-width letters: refused, naming the code field.
        page.saveAgency("fj", "福建省人民政府（重复）", "Duplicate", "地方人民政府", LOCAL, "福建省", "");
        assertEquals(List.of("代码 FJ 已被另一个机关使用。"), page.problems());
        assertEquals("代码 FJ 已被另一个机关使用。", page.fieldProblem("agency", "code"));
        page.saveAgency("ＨＺ", "杭州市人民政府（重复）", "Duplicate", null, null, null, null);
        assertEquals(List.of("代码 HZ 已被另一个机关使用。"), page.problems(), "full-width letters are the same code");
        page.saveAgency("杭州", "杭州", "Hangzhou", null, null, null, null);
        assertEquals(List.of("代码须为 1 到 32 个字母、数字或连字符（连字符只能在字母或数字之间），例如 HZ-SC。"), page.problems());
        // A parent that is not an entry of the list, posted by hand: refused, naming the list.
        Lists.forge(browser, "agency:parent", "NOPE");
        page.saveAgency(city + "-X", "伪造上级", "Forged parent", "地方人民政府", LOCAL, "福建省", null);
        assertEquals(List.of("上级机关：请从列表中选择。"), page.problems());
        assertEquals("上级机关：请从列表中选择。", page.fieldProblem("agency", "parent"));
        assertEquals("", page.notice(), "no notice of an earlier change");
        assertEquals(agencies + 2, portal.count("SELECT COUNT(*) FROM agency"), "a refused agency stores nothing");

        // Moving the city under its own department would make a loop.
        page = AgenciesPage.open(browser, city);
        page.moveUnder(department);
        String loop = "上级机关：" + department + " 是本机关的下级，不能作为它的上级（会形成循环）。";
        assertEquals(List.of(loop), page.problems());
        assertEquals(loop, page.fieldProblem("agency", "parent"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM agency a JOIN agency p ON p.id = a.parent_id"
                + " WHERE a.code = '" + city + "' AND p.code = 'FJ' AND a.version = 0"), "the city stays where it was");

        page = AgenciesPage.open(browser, department);
        page.addService(department + "-pay", "非税收入缴纳", "Non-tax revenue payment");
        assertEquals(List.of(), page.problems());
        page.addService(department + "-PAY", "重复", "Duplicate");
        assertEquals(List.of("服务事项代码 " + department + "-PAY 已被使用。"), page.problems());
        page.addHall(department + "-HALL", "福州市民服务中心财政窗口", "Fuzhou Citizen Service Centre, finance window",
                "福州市鼓楼区乌山西路", "Wushan West Road, Gulou District, Fuzhou");
        assertEquals(List.of(), page.problems());
        assertEquals(List.of(department + "-PAY"), page.services());
        assertEquals(List.of(department + "-HALL"), page.halls());
        assertEquals(List.of("1", "1"), page.node(department).orElseThrow().cells().subList(5, 7), "the tree counts them");

        // Editing: the hall's address and the department's English name; the codes stay.
        page.edit("hall", department + "-HALL").change("hall", "addressEn", "8 Wushan West Road, Gulou District, Fuzhou");
        assertEquals(List.of(), page.problems());
        assertEquals("已保存服务大厅 " + department + "-HALL。", page.notice());
        page = AgenciesPage.open(browser, department);
        page.change("agency", "nameEn", "Fuzhou Municipal Finance Bureau");
        assertEquals("已保存机关 " + department + "。", page.notice());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM agency a JOIN agency p ON p.id = a.parent_id WHERE a.code = '" + department
                + "' AND p.code = '" + city + "' AND a.name_en = 'Fuzhou Municipal Finance Bureau' AND a.version = 1"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'agency.update' AND subject = 'agency:" + department + "'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'agency.hall.update'"
                + " AND subject = 'agency:" + department + "/hall:" + department + "-HALL'"));

        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'agency.create' AND actor = 'admin'"
                + " AND subject = 'agency:" + city + "'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'agency.create' AND subject = 'agency:" + department + "'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'agency.service.create'"
                + " AND subject = 'agency:" + department + "/service:" + department + "-PAY'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'agency.hall.create'"
                + " AND subject = 'agency:" + department + "/hall:" + department + "-HALL'"));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'agency.update' AND subject = 'agency:" + city + "'"),
                "a refused change is not an event");

        // The other language: names, kinds, the tree and the refusals.
        browser.useLanguage("en");
        page = AgenciesPage.open(browser, department);
        assertEquals(List.of("Fuzhou Municipal Finance Bureau", department, "Government department", "Local government and government agency performance",
                "Fujian", "1", "1"), page.node(department).orElseThrow().cells());
        assertEquals("Fuzhou Municipal People's Government", page.node(city).orElseThrow().cells().get(0));
        assertEquals(List.of(department + "-HALL", "Fuzhou Citizen Service Centre, finance window", "8 Wushan West Road, Gulou District, Fuzhou"),
                page.hallCells(department + "-HALL").subList(0, 3));
        page = AgenciesPage.open(browser);
        page.saveAgency("ＨＺ", "重复", "Duplicate", "Regional government", "Local government and government agency performance",
                "Zhejiang", "");
        assertEquals(List.of("Code: another agency has the code HZ already."), page.problems());

        // A phone's width: nothing needs sideways scrolling but the tree's own box.
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        AgenciesPage.open(browser, department);
        assertTrue((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"), "the page fits 390 px");
    }

    @Test
    @DisplayName("A moderator cannot open the agencies page: 403")
    void aModeratorIsRefused() {
        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        browser.go("/admin/agencies");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")));
        assertEquals("403", browser.driver().findElement(By.id("error-title")).getAttribute("data-error"));
        assertTrue(browser.driver().findElements(By.id("agencies-heading")).isEmpty());
    }

    private static String toFullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(Character.isLetterOrDigit(c) || c == '-' ? (char) (c - 0x21 + 0xFF01) : (char) c));
        return wide.toString();
    }
}
