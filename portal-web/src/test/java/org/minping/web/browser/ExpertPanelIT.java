package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.Lists;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.PanelsPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.Http;
import org.minping.web.it.OfflineRecompute;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator forms an expert panel for a track and cycle; its experts score every agency on
 * every expert indicator with comments, bad entries are named by line and change nothing; while two
 * experts who rank alike have submitted, the agreement shown is W = 1; when a third ranks the other
 * way round it drops to 1/9 and is flagged, on the panels page and on the scoring desk before the
 * run; the run counts the submitted scores as expert review, and names the experts by pseudonym in
 * the public and the auditors' input.
 */
class ExpertPanelIT extends BrowserTestBase {

    private static final String TRACK = "ENERGY";

    @Test
    @DisplayName("Finding 6: experts appear in every run input by a per-cycle pseudonym, never by account")
    void anExpertPanelScoresAndItsAgreementIsShown(Portal portal) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String cycle = "IT-P" + suffix;
        List<String> experts = List.of("ex1-" + suffix.toLowerCase(), "ex2-" + suffix.toLowerCase(), "ex3-" + suffix.toLowerCase(),
                "ex4-" + suffix.toLowerCase());
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            portal.createCycle(cycle, "专家测试", "Expert test", LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31"));
            for (String expert : experts) {
                sql.executeUpdate("INSERT INTO user_account (username, password_hash, display_name, enabled, created_at)"
                        + " SELECT '" + expert + "', password_hash, '测试专家', TRUE, UTC_TIMESTAMP(6) FROM user_account WHERE username = 'expert'");
                sql.executeUpdate("INSERT INTO user_role (user_id, role) SELECT id, 'expert' FROM user_account WHERE username = '" + expert + "'");
            }
        }
        long agencies = portal.count("SELECT COUNT(*) FROM agency a JOIN pilot_track t ON t.id = a.track_id WHERE t.code = '" + TRACK + "'");
        long leaves = portal.count("""
                SELECT COUNT(*) FROM indicator i JOIN indicator_system s ON s.id = i.system_id AND s.template
                JOIN pilot_track t ON t.id = s.track_id AND t.code = '%s'
                JOIN indicator_source_weight w ON w.indicator_id = i.id AND w.source = 'EXPERT' AND w.weight > 0""".formatted(TRACK));
        assertTrue(agencies >= 2 && leaves >= 1, agencies + " agencies, " + leaves + " leaves");

        LoginPage.open(browser).logInAs("admin", "admin-demo");
        PanelsPage panels = PanelsPage.open(browser, "2026").show(cycle);
        assertTrue(browser.driver().findElements(By.cssSelector("section.expert-panel")).isEmpty(), "the chosen cycle's panels: none yet");
        // A track that is not an entry of the list, posted by hand: refused, naming the list; nothing is formed.
        Lists.forge(browser, "form:track", "NOPE");
        assertEquals(List.of("试点类别：请从列表中选择。"), panels.send("form:save"), "the bad value is named");
        assertEquals("试点类别：请从列表中选择。", panels.fieldProblem("form", "track"));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM expert_panel p JOIN evaluation_cycle c ON c.id = p.cycle_id WHERE c.code = '" + cycle + "'"));
        assertEquals(List.of(), panels.form(TRACK));
        for (String expert : experts) {
            assertEquals(List.of(), panels.addMember(TRACK, expert));
        }
        assertTrue(panels.entries("member:username").stream().noneMatch(e -> e.endsWith("(citizen)")), "only expert accounts are offered");
        Lists.chooseCode(browser, "member:track", TRACK);
        Lists.forge(browser, "member:username", "citizen");
        assertEquals(List.of("专家：请从列表中选择。"), panels.send("member:save"), "nor taken when posted by hand");
        assertEquals(4, browser.driver().findElements(By.cssSelector("section.expert-panel[data-track='" + TRACK + "'] li.panel-member")).size());
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/admin/panels"));

        // The first expert: bad entries are named by line and nothing is stored; a draft keeps what is given.
        switchTo(experts.get(0));
        List<WebElement> rows = openSheet(cycle);
        assertEquals(agencies * leaves, rows.size(), "every agency of the track on every expert indicator");
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/expert/scores"));
        WebElement first = rows.get(0);
        String firstLine = first.getAttribute("data-agency") + "/" + first.getAttribute("data-indicator");
        type(first, "101", "太高了");
        List<String> problems = press("submit");
        assertTrue(problems.contains(firstLine + "：分数须为 0 到 100 之间、最多两位小数的数字。"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.endsWith("：缺少评分。")), problems.toString());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM expert_score s JOIN user_account u ON u.id = s.user_id WHERE u.username = '"
                + experts.get(0) + "'"));
        type(openSheetRows().get(0), "88.5", "");
        assertTrue(press("save").contains(firstLine + "：每个评分都须附 1 到 500 字的评语。"));
        type(openSheetRows().get(0), "88.5", "目标完成较好");
        assertEquals(List.of(), press("save"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM expert_score s JOIN user_account u ON u.id = s.user_id WHERE u.username = '"
                + experts.get(0) + "' AND s.score = 88.5"));

        // Two experts who rank the agencies alike: full agreement.
        scoreAll(cycle, false);
        assertEquals("true", sheetFinal());
        switchTo(experts.get(1));
        scoreAll(cycle, false);
        switchTo("admin");
        openPanels(cycle);
        List<WebElement> agreements = expertAgreements();
        assertEquals(leaves, agreements.size());
        for (WebElement agreement : agreements) {
            assertEquals("1.000", agreement.getAttribute("data-w"));
            assertEquals("false", agreement.getAttribute("data-low"));
        }
        assertTrue(browser.driver().findElements(By.id("agreement-low")).isEmpty());

        // A third who ranks them the other way round: W = 1/m² = 0.111, flagged before the run.
        switchTo(experts.get(2));
        scoreAll(cycle, true);
        switchTo("admin");
        openPanels(cycle);
        for (WebElement agreement : expertAgreements()) {
            assertEquals("0.111", agreement.getAttribute("data-w"));
            assertEquals("true", agreement.getAttribute("data-low"));
        }
        assertFalse(browser.driver().findElements(By.id("agreement-low")).isEmpty());
        assertEquals(3, browser.driver().findElements(By.cssSelector("li.panel-member[data-submitted='true']")).size());

        // A fourth steps aside from one agency: a reason is needed and its scores stay empty; the
        // panel's mean for it is the others', and W counts only those who scored every agency.
        switchTo(experts.get(3));
        openSheet(cycle);
        WebElement aside = browser.driver().findElements(By.cssSelector("#expert-asides tbody tr")).get(0);
        String recused = aside.getAttribute("data-agency");
        aside.findElement(By.cssSelector("input.expert-recused")).click();
        List<WebElement> lines = openSheetRows();
        for (int i = 0; i < lines.size(); i++) {
            type(lines.get(i), "70", "依据材料");
        }
        List<String> asideProblems = press("submit");
        assertTrue(asideProblems.contains(recused + "：回避须填写 1 到 500 字的理由。"), asideProblems.toString());
        assertTrue(asideProblems.stream().anyMatch(p -> p.endsWith("：您已申请回避 " + recused + "，其评分请留空。")),
                asideProblems.toString());
        WebElement reason = browser.driver().findElement(By.cssSelector("#expert-asides tr[data-agency='" + recused + "'] input.expert-reason"));
        reason.sendKeys("本人曾在该单位任职");
        for (WebElement line : openSheetRows()) {
            if (line.getAttribute("data-agency").equals(recused)) {
                type(line, "", "");
            }
        }
        assertEquals(List.of(), press("submit"));
        assertEquals((agencies - 1) * leaves, portal.count("SELECT COUNT(*) FROM expert_score s JOIN user_account u ON u.id = s.user_id"
                + " WHERE u.username = '" + experts.get(3) + "'"));
        switchTo("admin");
        openPanels(cycle);
        assertTrue(browser.driver().findElement(By.cssSelector("li.panel-member[data-username='" + experts.get(3) + "']"))
                .getAttribute("data-recused").contains(recused));
        for (WebElement agreement : expertAgreements()) {
            assertEquals("0.111", agreement.getAttribute("data-w"), "the one who stepped aside ranks not every agency");
            assertEquals("3", agreement.findElements(By.tagName("td")).get(3).getText());
        }

        portal.closeCycle(cycle);
        ScoringPage scoring = ScoringPage.open(browser, cycle);
        assertTrue(browser.driver().findElement(By.id("agreement-warning")).getText().contains(TRACK), "warned before the run");
        String run = scoring.startRunAndWait();
        assertTrue(portal.count("SELECT COUNT(*) FROM scoring_contribution t JOIN agency a ON a.id = t.agency_id JOIN pilot_track k ON k.id = a.track_id"
                + " WHERE t.run_id = " + run + " AND k.code = '" + TRACK + "' AND t.source = 'EXPERT'") >= agencies * leaves,
                "the submitted scores count as expert review");
        assertEquals(4, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'panel.submit' AND subject = 'panel:" + cycle + "/" + TRACK + "'"));
        String rerun = scoring.startRunAndWait();
        assertEquals(scoring.inputDigest(run), scoring.inputDigest(rerun), "an expert keeps a pseudonym within the cycle");
        scoring.publish(run);
        runInputsNameExpertsByPseudonymOnly(portal, cycle, run, experts, scoring.inputDigest(run), scoring.outputDigest(run));

        // An expert sees no other panel's lines, and submitted scores are final.
        switchTo(experts.get(0));
        browser.go("/expert/scores?cycle=" + cycle + "&track=LOCAL");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("expert-heading")));
        assertTrue(browser.driver().findElements(By.id("expert-lines")).isEmpty());
        openSheet(cycle);
        assertTrue(browser.driver().findElements(By.id("scores:submit")).isEmpty());
        assertFalse(browser.driver().findElements(By.id("expert-final")).isEmpty());

        // The office reopens the third expert's scores (a reason is needed) and takes the fourth off the panel.
        switchTo("admin");
        PanelsPage office = PanelsPage.open(browser, cycle);
        assertEquals(List.of("请填写 1 到 500 字的理由。"), office.manage(TRACK, experts.get(2), "", "reopen"));
        assertEquals("请填写 1 到 500 字的理由。", office.fieldProblem("manage", "reason"));
        assertEquals(List.of(), office.manage(TRACK, experts.get(2), "专家申请更正笔误", "reopen"));
        assertEquals("false", browser.driver().findElement(By.cssSelector("li.panel-member[data-username='" + experts.get(2) + "']"))
                .getAttribute("data-submitted"));
        for (WebElement agreement : expertAgreements()) {
            assertEquals("1.000", agreement.getAttribute("data-w"), "reopened scores leave the measure until submitted again");
        }
        assertEquals(List.of(), office.manage(TRACK, experts.get(3), "发现未申报的任职关系", "remove"));
        assertTrue(browser.driver().findElements(By.cssSelector("li.panel-member[data-username='" + experts.get(3) + "']")).isEmpty());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM expert_score s JOIN user_account u ON u.id = s.user_id WHERE u.username = '"
                + experts.get(3) + "'"));
        assertEquals(2, portal.count("SELECT COUNT(*) FROM audit_event WHERE action IN ('panel.reopen', 'panel.remove')"
                + " AND subject = 'panel:" + cycle + "/" + TRACK + "'"));
    }

    /**
     * Neither the public input.json nor the auditors' file names an expert's account (nor the
     * display name): each expert is one pseudonym, the same in both. Nothing is withheld in this
     * cycle (no appraisals), so the public file recomputes to the run's digests, as the full one does.
     */
    private static void runInputsNameExpertsByPseudonymOnly(Portal portal, String cycle, String run, List<String> experts,
            String inputDigest, String outputDigest) throws Exception {
        Http anyone = new Http(portal.baseUrl());
        HttpResponse<String> published = anyone.get("/api/v1/cycles/" + cycle + "/input.json");
        HttpResponse<String> full = anyone.getAs("/api/v1/audit/runs/" + run + "/input.json", "auditor", "auditor-demo");
        assertEquals(200, published.statusCode());
        assertEquals(200, full.statusCode());
        for (HttpResponse<String> file : List.of(published, full)) {
            for (String expert : experts) {
                assertFalse(file.body().contains(expert), expert + " named in " + file.uri());
            }
            assertFalse(file.body().contains("测试专家"), file.uri().toString());
            Set<String> raters = expertRaters(Http.object(file));
            assertEquals(4, raters.size(), raters + " in " + file.uri());
            assertTrue(raters.stream().allMatch(r -> r.matches("E-[0-9a-f]{12}")), raters.toString());
            JsonObject recomputed = OfflineRecompute.of(file.body());
            assertEquals(inputDigest, recomputed.getString("inputDigest"), file.uri().toString());
            assertEquals(outputDigest, recomputed.getString("outputDigest"), file.uri().toString());
        }
        assertEquals(expertRaters(Http.object(full)), expertRaters(Http.object(published)));
        assertEquals(0, Http.object(published).getJsonObject("withheld").getJsonArray("agencies").size());
    }

    private static Set<String> expertRaters(JsonObject input) {
        return input.getJsonArray("panelScores").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("source").equals("EXPERT")).map(p -> p.getString("rater")).collect(Collectors.toSet());
    }

    /** Every line: agencies in page order scored 90, 80, … (or the reverse), the same on every indicator. */
    private void scoreAll(String cycle, boolean reversed) {
        List<WebElement> rows = openSheet(cycle);
        List<String> agencyOrder = rows.stream().map(r -> r.getAttribute("data-agency")).distinct().toList();
        for (int i = 0; i < rows.size(); i++) {
            int rank = agencyOrder.indexOf(rows.get(i).getAttribute("data-agency"));
            int score = reversed ? 50 + 10 * rank : 90 - 10 * rank;
            type(openSheetRows().get(i), Integer.toString(score), "依据年度报告第" + (i + 1) + "项");
        }
        assertEquals(List.of(), press("submit"));
    }

    private String sheetFinal() {
        return Boolean.toString(!browser.driver().findElements(By.id("expert-final")).isEmpty());
    }

    private List<WebElement> openSheet(String cycle) {
        browser.go("/expert/scores");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("expert-heading")));
        browser.clickAndAwaitNewPage(browser.driver().findElement(
                By.cssSelector("#memberships li[data-cycle='" + cycle + "'][data-track='" + TRACK + "'] a")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("expert-lines")));
        return openSheetRows();
    }

    private List<WebElement> openSheetRows() {
        return browser.driver().findElements(By.cssSelector("#expert-lines tbody tr"));
    }

    private static void type(WebElement row, String score, String comment) {
        WebElement scoreInput = row.findElement(By.cssSelector("input.expert-score"));
        scoreInput.clear();
        scoreInput.sendKeys(score);
        WebElement commentInput = row.findElement(By.cssSelector("textarea.expert-comment"));
        commentInput.clear();
        commentInput.sendKeys(comment);
    }

    private List<String> press(String button) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("scores:" + button)));
        return browser.driver().findElements(By.cssSelector("#expert-problems li")).stream().map(WebElement::getText).toList();
    }

    private void switchTo(String username) {
        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs(username, "admin".equals(username) ? "admin-demo" : "expert-demo");
    }

    private void openPanels(String cycle) {
        PanelsPage.open(browser, cycle);
    }

    private List<WebElement> expertAgreements() {
        return browser.driver().findElements(By.cssSelector("#agreements tr[data-track='" + TRACK + "'][data-source='EXPERT']"));
    }

}
