package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minping.web.browser.pages.CyclePage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.browser.pages.SupervisionPage;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/**
 * Process supervision through the pages: the office records a verification visit to an agency and
 * flags one of its imported internal scores as not authentic; the next run leaves the score out of
 * its input (its digests recompute) and the scoring page names it as held out, with the record;
 * once resolved, the following run scores it again. Bad input is named by field and nothing is
 * stored; auditors read the records without the forms.
 */
class SupervisionIT extends BrowserTestBase {

    private static final String CYCLE = "IT-SUPV";

    @Test
    @DisplayName("A flagged internal score does not enter the next run; the run names it; resolved, it is back")
    void aFlaggedInternalScoreIsHeldOutOfTheNextRunWhichNamesIt(Portal portal, @TempDir Path dir) throws Exception {
        portal.createCycle(CYCLE, "过程监督测试", "Supervision test", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        portal.publishedAppraisals("HZ", 3, 4, "2026-06-01 10:00:00");
        LoginPage.open(browser).logInAs("admin", "admin-demo");

        Path scores = dir.resolve("internal.csv");
        Files.writeString(scores, "agency,indicator,score\nHZ,LAW,92\nHZ,ENVIRONMENT,88.5\nSZ,LAW,70\n");
        CyclePage cycle = CyclePage.open(browser, CYCLE).importInternalScores(scores);
        assertEquals(List.of(), cycle.problems());

        // Every field wrong: each named beside it and at the top, nothing stored.
        SupervisionPage supervision = SupervisionPage.open(browser, CYCLE);
        assertTrue(supervision.offersChanges());
        supervision.recordVisit(null, "2999-01-01", null, " ");
        assertEquals(List.of("请选择日常检查或察访核验。", "请填写不晚于今天的日期（年-月-日）。", "请选择机关。",
                "请填写发现的问题，最多 2000 字。"), supervision.problems());
        assertEquals("请填写发现的问题，最多 2000 字。", supervision.fieldProblem("visit", "findings"));
        assertEquals("请填写不晚于今天的日期（年-月-日）。", supervision.fieldProblem("visit", "visitedOn"));
        assertEquals(0, portal.count(records()));

        supervision.recordVisit("VERIFICATION_VISIT", "2026-11-20", "HZ", "抽查法治建设原始台账：与导入的内部考核分数不符。");
        assertEquals(List.of(), supervision.problems());
        assertEquals("已记录。", supervision.notice());
        String record = supervision.recordIds().get(0);
        assertEquals(1, portal.count(records()));

        // Another agency's score, and a score posted by hand that is not an entry of the list: refused, nothing stored.
        supervision.check(record, CYCLE + "/INTERNAL/SZ/LAW", "NOT_AUTHENTIC", "");
        assertEquals(List.of("这项分数属于机关 SZ，而监督记录是关于机关 HZ 的。"), supervision.problems());
        assertEquals("这项分数属于机关 SZ，而监督记录是关于机关 HZ 的。", supervision.fieldProblem("check", "item"));
        supervision.checkForged(record, "2026/INTERNAL/HZ/LAW", "NOT_AUTHENTIC");
        assertEquals(1, supervision.problems().size(), supervision.problems().toString());
        assertTrue(supervision.problems().get(0).contains("请从列表中选择"), supervision.problems().toString());
        assertEquals(0, portal.count(items()));

        supervision.check(record, CYCLE + "/INTERNAL/HZ/LAW", "NOT_AUTHENTIC", "台账显示 85 分");
        assertEquals(List.of(), supervision.problems());
        supervision.check(record, CYCLE + "/INTERNAL/HZ/ENVIRONMENT", "AUTHENTIC", "");
        assertEquals(List.of("INTERNAL/LAW=NOT_AUTHENTIC", "INTERNAL/ENVIRONMENT=AUTHENTIC"), supervision.items(record));
        supervision.check(record, CYCLE + "/INTERNAL/HZ/LAW", "AUTHENTIC", "");
        assertEquals(List.of("这条监督记录已对这项分数给出结论。"), supervision.problems(), "one verdict per record and score");
        assertEquals(2, portal.count(items()));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'supervision.record'"
                + " AND subject = 'cycle:" + CYCLE + "/agency:HZ/supervision:" + record + "'"));
        assertEquals(2, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'supervision.check'"
                + " AND subject LIKE 'cycle:" + CYCLE + "/agency:HZ/supervision:" + record + "/item:%'"));
        String flagged = supervision.itemId(record, "INTERNAL", "LAW");

        // The next run leaves the flagged score out and names it; its input still recomputes to its digests.
        ScoringPage scoring = ScoringPage.open(browser, CYCLE);
        String held = scoring.startRunAndWait();
        assertEquals(List.of("HZ/ENVIRONMENT", "SZ/LAW"), internalScores(portal, held));
        List<String> heldOut = scoring.heldOut(held);
        assertEquals(1, heldOut.size(), heldOut.toString());
        assertTrue(heldOut.get(0).startsWith("INTERNAL/HZ/LAW "), heldOut.toString());
        assertTrue(heldOut.get(0).contains("第 " + record + " 号监督记录（察访核验 2026-11-20）标记为不真实"), heldOut.toString());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'scoring.run' AND subject = 'cycle:" + CYCLE
                + "/run:" + held + "' AND payload LIKE '%INTERNAL/HZ/LAW#" + flagged + "%'"), "the run's audit event names it too");
        Http http = new Http(portal.baseUrl());
        Path input = dir.resolve("input.json");
        Files.writeString(input, http.getAs("/api/v1/audit/runs/" + held + "/input.json", "auditor", "auditor-demo").body());
        JsonObject recomputed = org.minping.core.recompute.Recompute.recompute(input);
        assertEquals(scoring.inputDigest(held), recomputed.getString("inputDigest"));
        assertEquals(scoring.outputDigest(held), recomputed.getString("outputDigest"));

        // Auditors read the records, without the forms that change them.
        browser.logOut();
        LoginPage.open(browser).logInAs("auditor", "auditor-demo");
        SupervisionPage asAuditor = SupervisionPage.open(browser, CYCLE);
        assertEquals(List.of(record), asAuditor.recordIds());
        assertEquals(List.of("INTERNAL/LAW=NOT_AUTHENTIC", "INTERNAL/ENVIRONMENT=AUTHENTIC"), asAuditor.items(record));
        assertFalse(asAuditor.offersChanges());
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/admin/supervision"));
        browser.logOut();

        LoginPage.open(browser).logInAs("admin", "admin-demo");
        supervision = SupervisionPage.open(browser, CYCLE);
        assertEquals(List.of(flagged), supervision.flaggedChoices());
        supervision.resolve(flagged, null, "");
        assertEquals(List.of("请选择已更正或经核实无误。", "请填写处理说明，最多 1000 字。"), supervision.problems());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM supervision_item WHERE verdict = 'RESOLVED'"));
        supervision.resolve(flagged, "CORRECTED", "原始台账已核对，分数已按台账重新导入。");
        assertEquals(List.of(), supervision.problems());
        assertEquals(List.of("INTERNAL/LAW=RESOLVED", "INTERNAL/ENVIRONMENT=AUTHENTIC"), supervision.items(record));
        assertEquals(List.of(), supervision.flaggedChoices());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'supervision.resolve' AND subject = 'cycle:"
                + CYCLE + "/agency:HZ/supervision:" + record + "/item:" + flagged + "'"));
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/admin/supervision"));

        // Resolved, it is scored again; the earlier run still says what it held out.
        scoring = ScoringPage.open(browser, CYCLE);
        String back = scoring.startRunAndWait();
        assertEquals(List.of("HZ/ENVIRONMENT", "HZ/LAW", "SZ/LAW"), internalScores(portal, back));
        assertEquals(List.of(), scoring.heldOut(back));
        assertEquals(1, scoring.heldOut(held).size());
    }

    private static String records() {
        return "SELECT COUNT(*) FROM supervision_record r JOIN evaluation_cycle c ON c.id = r.cycle_id WHERE c.code = '" + CYCLE + "'";
    }

    private static String items() {
        return "SELECT COUNT(*) FROM supervision_item f JOIN evaluation_cycle c ON c.id = f.cycle_id WHERE c.code = '" + CYCLE + "'";
    }

    /** The internal scores a run's stored input holds, as "AGENCY/INDICATOR", sorted. */
    private static List<String> internalScores(Portal portal, String run) throws Exception {
        JsonObject input;
        try (var reader = Json.createReader(new StringReader(portal.string("SELECT input_json FROM scoring_run WHERE id = " + run)))) {
            input = reader.readObject();
        }
        return input.getJsonArray("internalScores").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("agency") + "/" + s.getString("indicator")).sorted().toList();
    }
}
