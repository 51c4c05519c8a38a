package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AccountabilityPage;
import org.minping.web.browser.pages.FeedbackReportsPage;
import org.minping.web.browser.pages.Lists;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.RectificationOfficePage;
import org.minping.web.browser.pages.RectificationTaskPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * After publication the evaluation office generates the feedback reports (the agency's PDF read back
 * in Chinese, its workbook opened), opens a rectification task from a weak indicator, the
 * agency's staff plan and prove with a PDF, the office closes it; a task opened from a pattern of
 * bad reviews runs past its deadline and is held to account; auditors read the record and the
 * chain stays intact; another agency's staff reach neither the task nor its evidence; the public
 * result shows the counts. Bad input is refused naming the field, and nothing is stored.
 */
class RectificationIT extends BrowserTestBase {

    private static final String CYCLE = "IT-RECTIFY";
    private static final String MAY_10 = "2023-05-10 10:00:00";
    private static final ResourceBundle ZH = ResourceBundle.getBundle("org.minping.web.i18n.messages", Locale.CHINESE);

    @Test
    void aWeakIndicatorIsRectifiedAndAFailedTaskIsHeldToAccount(Portal portal) throws Exception {
        portal.createCycle(CYCLE, "整改测试", "Rectification test", LocalDate.parse("2023-05-01"), LocalDate.parse("2023-05-31"));
        // HZ: satisfied citizens, weak internal scores; SZ: forty bad reviews.
        portal.publishedAppraisals("HZ", 30, 5, MAY_10);
        portal.publishedAppraisals("HZ", 10, 4, MAY_10);
        portal.internalScores(CYCLE, "HZ", 50);
        portal.publishedAppraisals("SZ", 40, 2, MAY_10);
        portal.internalScores(CYCLE, "SZ", 70);
        String otherStaff = portal.copyOfAccount("agency");
        try (var db = portal.database(); var sql = db.createStatement()) {
            sql.executeUpdate("UPDATE user_account SET agency_id = (SELECT id FROM agency WHERE code = 'SZ') WHERE username = '"
                    + otherStaff + "'");
        }
        portal.closeCycle(CYCLE);
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ScoringPage scoring = ScoringPage.open(browser, CYCLE);
        scoring.publish(scoring.startRunAndWait());

        // The office generates the cycle's feedback reports: HZ's PDF says its score and grade in Chinese, its workbook opens.
        String score;
        String grade;
        try (var db = portal.database(); var sql = db.createStatement();
             var hangzhou = sql.executeQuery("SELECT r.published_score, r.grade FROM scoring_result r JOIN evaluation_cycle c"
                     + " ON c.published_run_id = r.run_id JOIN agency a ON a.id = r.agency_id WHERE c.code = '" + CYCLE + "' AND a.code = 'HZ'")) {
            assertTrue(hangzhou.next());
            score = hangzhou.getBigDecimal(1).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            grade = hangzhou.getString(2);
        }
        FeedbackReportsPage reports = FeedbackReportsPage.open(browser, CYCLE).generateAndWait();
        String officeSession = ReportDownloads.session(browser);
        String report = ReportDownloads.pdfText(ReportDownloads.get(reports.download("HZ", null, "PDF"), officeSession).body());
        assertTrue(report.contains("杭州市人民政府 绩效评估结果反馈报告") && report.contains(score) && grade != null && report.contains(grade),
                "HZ's score " + score + " and grade " + grade + " in " + report);
        assertEquals(Double.parseDouble(score), ReportDownloads.workbookNumber(
                ReportDownloads.get(reports.download("HZ", null, "XLSX"), officeSession).body(), "综合得分"), 0.005);

        // The office: HZ's weakest indicators of the published run, SZ among the bad-review patterns.
        RectificationOfficePage office = RectificationOfficePage.open(browser, CYCLE, "HZ");
        List<String> weakest = office.weakest();
        assertFalse(weakest.isEmpty(), "HZ has scored indicators");
        String weak = weakest.get(0);
        assertTrue(office.isMarkedWeak(weak), "an internal score of 50 is below the threshold");
        assertTrue(office.patterns().contains("SZ"), "forty bad reviews make a pattern: " + office.patterns());

        // Bad input: no description, a working-day count of zero (full-width), an indicator posted by hand.
        office.openTask(ZH.getString("rectification.origin.WEAK_INDICATOR"), weak, "", "０");
        assertEquals("整改要求：请填写，最多 1000 个字。", office.fieldProblem("description"));
        assertEquals("整改期限：请填写 1 至 120 之间的工作日数（阿拉伯数字）。", office.fieldProblem("workingDays"));
        assertEquals(0, tasks(portal));
        office = RectificationOfficePage.open(browser, CYCLE, "HZ");
        office.openTask(ZH.getString("rectification.origin.REVIEW_PATTERN"), null, "窗口服务效率低，群众反映集中", "10");
        assertEquals("机关：该机关在本周期没有差评集中的情况，不能以“差评集中”下达任务。", office.fieldProblem("agency"),
                "HZ shows no pattern of bad reviews");
        Lists.forge(browser, "open:indicator", "NO-SUCH-INDICATOR");
        office.send();
        assertEquals("指标：请从列表中选择。", office.fieldProblem("indicator"));
        assertEquals(0, tasks(portal), "nothing stored");

        // A count typed with a Chinese input method's full-width digits means ten working days.
        office = RectificationOfficePage.open(browser, CYCLE, "HZ");
        office.openTask(ZH.getString("rectification.origin.WEAK_INDICATOR"), weak, "内部考核得分偏低，请查找原因并限期整改", "１０");
        assertEquals(1, tasks(portal), office.problems().toString());
        long task = portal.count("SELECT t.id FROM rectification_task t JOIN evaluation_cycle c ON c.id = t.cycle_id WHERE c.code = '"
                + CYCLE + "'");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM rectification_task WHERE id = " + task + " AND working_days = 10"
                + " AND status = 'OPEN' AND indicator_code = '" + weak + "' AND due_on >= DATE_ADD(opened_on, INTERVAL 10 DAY)"),
                "ten working days are ten days or more");
        assertTrue(office.tasks().contains(Long.toString(task)));
        browser.logOut();

        // Another agency's staff: no task, and 404 for its page.
        LoginPage.open(browser).logInAs(otherStaff, "agency-demo");
        browser.go("/desk/rectification");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("rectification-desk-heading")));
        assertTrue(browser.driver().findElements(By.cssSelector("tr[data-task='" + task + "']")).isEmpty());
        browser.go("/desk/rectification-task?id=" + task);
        assertEquals("404", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")))
                .getAttribute("data-error"), "Shenzhen's staff cannot open Hangzhou's task");
        browser.logOut();

        // Hangzhou's staff: an empty plan is refused, then the plan; a renamed text file is refused, then a PDF.
        LoginPage.open(browser).logInAs("agency", "agency-demo");
        browser.go("/desk/rectification");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rectification-tasks tr[data-task='" + task + "']")));
        RectificationTaskPage desk = RectificationTaskPage.onTheDesk(browser, task);
        assertEquals("OPEN", desk.state());
        desk.submitPlan("   ");
        assertEquals("整改方案：请填写，最多 2000 个字。", desk.fieldProblem("plan", "plan"));
        assertEquals("OPEN", desk.state());
        desk.submitPlan("一、梳理考核扣分项；二、每月通报进展；三、六月底前完成整改。");
        assertEquals("PLAN_SUBMITTED", desk.state());
        Path fake = Files.writeString(Files.createTempFile(Path.of("target"), "evidence", ".pdf"), "<html><script>alert(1)</script></html>");
        desk.uploadEvidence(fake);
        assertTrue(desk.fieldProblem("evidence", "evidence").startsWith("整改佐证：须为 PDF 文件"), desk.fieldProblem("evidence", "evidence"));
        assertEquals("PLAN_SUBMITTED", desk.state());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM rectification_evidence WHERE task_id = " + task));
        Path pdf = Files.write(Files.createTempFile(Path.of("target"), "整改佐证", ".pdf"),
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        desk.uploadEvidence(pdf);
        assertEquals("EVIDENCE_SUBMITTED", desk.state());
        assertEquals(List.of(pdf.getFileName().toString()), desk.evidence());
        long evidence = portal.count("SELECT id FROM rectification_evidence WHERE task_id = " + task);
        String pdfName = pdf.getFileName().toString();
        Files.delete(fake);
        Files.delete(pdf);
        browser.logOut();

        // The evidence: the task's own agency, the office and auditors download it; another agency's staff get 404.
        assertEquals(200, download("agency", "agency-demo", portal, evidence).statusCode());
        assertEquals(200, download("admin", "admin-demo", portal, evidence).statusCode());
        assertEquals(200, download("auditor", "auditor-demo", portal, evidence).statusCode());
        assertEquals(404, download(otherStaff, "agency-demo", portal, evidence).statusCode());
        assertEquals(404, download("evaluator", "evaluator-demo", portal, evidence).statusCode());

        // The office reads plan and evidence and closes the task.
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        RectificationTaskPage review = RectificationTaskPage.forTheOffice(browser, task);
        assertTrue(review.plan().contains("每月通报进展"));
        assertEquals(List.of(pdfName), review.evidence());
        review.close("整改到位，准予办结。");
        assertEquals("CLOSED", review.state());
        review.close("再办结一次");
        assertEquals("审核意见：只有已提交佐证的任务才能办结。", review.fieldProblem("review", "reason"));
        assertEquals(4, portal.count("SELECT COUNT(*) FROM audit_event WHERE subject = 'rectification:" + task + "' AND action IN"
                + " ('rectification.open', 'rectification.plan', 'rectification.evidence', 'rectification.close')"));

        // A task from SZ's bad reviews runs past its deadline: first on the office's list, marked overdue.
        office = RectificationOfficePage.open(browser, CYCLE, "SZ");
        office.openTask(ZH.getString("rectification.origin.REVIEW_PATTERN"), ZH.getString("rectification.indicator.none"),
                "差评集中，请逐条回访并整改", "5");
        long failed = portal.count("SELECT MAX(t.id) FROM rectification_task t JOIN agency a ON a.id = t.agency_id WHERE a.code = 'SZ'");
        try (var db = portal.database(); var sql = db.createStatement()) {
            sql.executeUpdate("UPDATE rectification_task SET opened_on = '2023-06-01', due_on = '2023-06-08' WHERE id = " + failed);
        }
        office = RectificationOfficePage.open(browser, CYCLE, "SZ");
        assertEquals(Long.toString(failed), office.tasks().get(0), "the overdue task first");
        assertTrue(office.isMarkedOverdue(failed));
        assertFalse(office.isMarkedOverdue(task));
        assertTrue(RectificationTaskPage.forTheOffice(browser, failed).isMarkedOverdue());

        // Accountability for the failed task: an empty reason is refused, then the record is stored and audited.
        AccountabilityPage accountability = AccountabilityPage.open(browser, CYCLE, "SZ", failed);
        assertTrue(accountability.chosenTask().contains(Long.toString(failed)), accountability.chosenTask());
        String decision = ZH.getString("accountability.decision.CIRCULATED_CRITICISM");
        accountability.record(decision, "", "深圳市政务服务数据管理局", "");
        assertEquals("问责理由：请填写，最多 1000 个字。", accountability.fieldProblem("reason"));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM accountability_record WHERE task_id = " + failed));
        accountability.record(decision, "整改任务逾期未完成", "深圳市政务服务数据管理局", "责令一个月内补正");
        long record = portal.count("SELECT id FROM accountability_record WHERE task_id = " + failed);
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'accountability.record' AND subject = 'accountability:"
                + record + "' AND actor = 'admin'"));
        accountability.amend(record, "");
        assertEquals("后续跟进：请填写，最多 1000 个字。", browser.driver().findElement(By.id("amend-error-followUp")).getText().strip());
        accountability.amend(record, "已约谈分管负责人，七月复查");
        assertTrue(accountability.row(record).contains("七月复查"), accountability.row(record));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'accountability.amend' AND subject = 'accountability:"
                + record + "' AND actor = 'admin'"));
        browser.logOut();

        // The auditor reads it, and the chain verifies intact.
        LoginPage.open(browser).logInAs("auditor", "auditor-demo");
        assertTrue(AccountabilityPage.forAuditors(browser).row(record).contains("整改任务逾期未完成"));
        assertTrue(browser.driver().findElements(By.id("record:submit")).isEmpty(), "auditors only read");
        browser.go("/audit/");
        browser.clickAndAwaitNewPage(browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit:verify"))));
        assertEquals("true", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit-result")))
                .getAttribute("data-intact"));
        browser.go("/admin/rectification");
        assertEquals("403", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")))
                .getAttribute("data-error"), "auditors do not manage rectification");
        browser.logOut();

        // The public result: counts only.
        browser.go("/result?cycle=" + CYCLE + "&agency=HZ");
        var counts = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-rectification")));
        assertEquals(List.of("1", "1", "0"), List.of(counts.getAttribute("data-opened"), counts.getAttribute("data-closed"),
                counts.getAttribute("data-overdue")));
        assertFalse(browser.driver().getPageSource().contains("内部考核得分偏低"), "no task text in public");
        browser.go("/result?cycle=" + CYCLE + "&agency=SZ");
        assertEquals("1", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-rectification")))
                .getAttribute("data-overdue"));
    }

    private static long tasks(Portal portal) throws Exception {
        return portal.count("SELECT COUNT(*) FROM rectification_task t JOIN evaluation_cycle c ON c.id = t.cycle_id WHERE c.code = '"
                + CYCLE + "'");
    }

    private static HttpResponse<String> download(String user, String password, Portal portal, long evidence) throws Exception {
        Http http = new Http(portal.baseUrl());
        http.logIn(user, password);
        return http.get("/reports/evidence.pdf?evidence=" + evidence);
    }
}
