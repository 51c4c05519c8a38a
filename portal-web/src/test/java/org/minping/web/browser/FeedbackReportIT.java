package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.FeedbackReportsPage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;

/**
 * After publication the office generates the cycle's feedback reports through the page; the PDF says
 * the agency's score and grade in Chinese, the workbook opens with POI; the agency's staff download
 * their own report and nothing else; a second batch while one runs is refused by name.
 */
class FeedbackReportIT extends BrowserTestBase {

    private static final String CYCLE = "IT-FEEDBACK";
    private static final String SEPTEMBER_10 = "2019-09-10 10:00:00";

    @Test
    @DisplayName("Feedback reports: generated with progress, PDF in Chinese with the font embedded, XLSX opens; staff read only their own (404)")
    void theOfficeGeneratesReportsAndTheAgencyReadsItsOwn(Portal portal) throws Exception {
        // A cycle of its own (September 2019): Hangzhou rated and assessed so that it is scored and graded, Shenzhen rated.
        portal.createCycle(CYCLE, "反馈报告测试", "Feedback report test", LocalDate.parse("2019-09-01"), LocalDate.parse("2019-09-30"));
        portal.publishedAppraisals("HZ", 30, 5, SEPTEMBER_10);
        portal.publishedAppraisals("HZ", 10, 3, SEPTEMBER_10);
        portal.internalScores(CYCLE, "HZ", 88);
        portal.publishedAppraisals("SZ", 20, 4, SEPTEMBER_10);
        portal.internalScores(CYCLE, "SZ", 75);
        portal.closeCycle(CYCLE);
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ScoringPage scoring = ScoringPage.open(browser, CYCLE);
        scoring.publish(scoring.startRunAndWait());
        FeedbackReportsPage page = FeedbackReportsPage.open(browser, CYCLE);
        assertTrue(page.cycles().contains(CYCLE), "published cycles are offered: " + page.cycles());
        for (String offered : page.cycles()) {
            assertEquals(1, portal.count("SELECT COUNT(*) FROM evaluation_cycle WHERE published_run_id IS NOT NULL AND code = '" + offered + "'"),
                    offered + " is offered but has no published run");
        }
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/admin/reports"));

        // Two offices at once: while a batch of the cycle runs, another is refused by name and none is added.
        long batchesBefore = portal.count("SELECT COUNT(*) FROM feedback_report_batch");
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO feedback_report_batch (cycle_id, run_id, language, requested_by, requested_at, total_files, state)"
                    + " SELECT id, published_run_id, 'zh', 'colleague', UTC_TIMESTAMP(6), 4, 'RUNNING' FROM evaluation_cycle WHERE code = '"
                    + CYCLE + "'");
            String problem = page.generateAndReadProblem();
            assertTrue(problem.contains(CYCLE) && problem.contains("正在生成"), problem);
            assertEquals(batchesBefore + 1, portal.count("SELECT COUNT(*) FROM feedback_report_batch"));
            sql.executeUpdate("UPDATE feedback_report_batch SET state = 'FAILED', finished_at = UTC_TIMESTAMP(6) WHERE requested_by = 'colleague'");
        }

        page = FeedbackReportsPage.open(browser, CYCLE).generateAndWait();
        long agencies = portal.count("SELECT COUNT(*) FROM scoring_result r JOIN evaluation_cycle c ON c.published_run_id = r.run_id"
                + " WHERE c.code = '" + CYCLE + "'");
        long tracks = portal.count("SELECT COUNT(DISTINCT r.track_code) FROM scoring_result r JOIN evaluation_cycle c"
                + " ON c.published_run_id = r.run_id WHERE c.code = '" + CYCLE + "'");
        assertEquals((agencies + tracks) * 2, portal.count("SELECT COUNT(*) FROM feedback_report f WHERE f.batch_id ="
                + " (SELECT MAX(id) FROM feedback_report_batch WHERE state = 'DONE')"), "a PDF and an XLSX per agency and per track");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'reports.generate' AND actor = 'admin'"
                + " AND subject LIKE 'cycle:" + CYCLE + "/batch:%'"));

        // The best-ranked agency of the run: it has a score and a grade to look for.
        String scored;
        String score;
        String grade;
        String trackCode;
        try (Connection db = portal.database(); Statement sql = db.createStatement();
             ResultSet best = sql.executeQuery("SELECT a.code, r.published_score, r.grade, r.track_code FROM scoring_result r"
                     + " JOIN evaluation_cycle c ON c.published_run_id = r.run_id JOIN agency a ON a.id = r.agency_id"
                     + " WHERE c.code = '" + CYCLE + "' AND r.grade IS NOT NULL ORDER BY r.rank_in_track, a.code LIMIT 1")) {
            assertTrue(best.next(), "the published run grades an agency");
            scored = best.getString(1);
            score = best.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
            grade = best.getString(3);
            trackCode = best.getString(4);
        }
        String notStaffs = "HZ".equals(scored) ? "SZ" : scored;
        String adminSession = session();
        String pdfAddress = page.download(scored, null, "PDF");
        String xlsxAddress = page.download(scored, null, "XLSX");
        String staffsPdf = page.download("HZ", null, "PDF");
        String otherAgencyPdf = page.download(notStaffs, null, "PDF");
        String trackPdf = page.download(null, trackCode, "PDF");

        HttpResponse<byte[]> pdf = get(pdfAddress, adminSession);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String text = ReportDownloads.pdfText(pdf.body());
        assertAll(
                () -> assertTrue(text.contains("绩效评估结果反馈报告"), text),
                () -> assertTrue(text.contains("综合得分"), text),
                () -> assertTrue(text.contains(score), "the score " + score + " in " + text),
                () -> assertTrue(grade != null && text.contains(grade), "the grade " + grade + " in " + text),
                () -> assertTrue(text.contains(CYCLE), text));
        HttpResponse<byte[]> xlsx = get(xlsxAddress, adminSession);
        assertEquals(200, xlsx.statusCode());
        assertEquals(new BigDecimal(score).doubleValue(), ReportDownloads.workbookNumber(xlsx.body(), "综合得分"), 0.005);

        // The agency's staff (Hangzhou): their own reports on the desk, nothing of others, not the office's page.
        browser.logOut();
        LoginPage.open(browser).logInAs("agency", "agency-demo");
        browser.go("/desk/reports");
        assertFalse(browser.driver().findElements(By.cssSelector("#desk-report-files tr[data-cycle='" + CYCLE
                + "'][data-format='PDF']")).isEmpty(), "Hangzhou's report is listed for its staff");
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/desk/reports"));
        String staffSession = session();
        HttpResponse<byte[]> own = get(staffsPdf, staffSession);
        assertEquals(200, own.statusCode(), "their own report");
        assertTrue(ReportDownloads.pdfText(own.body()).contains("杭州"), "Hangzhou's report names it");
        assertEquals(404, get(otherAgencyPdf, staffSession).statusCode(), "another agency's report");
        assertEquals(404, get(trackPdf, staffSession).statusCode(), "the track's report");
        assertEquals(404, get(staffsPdf.replaceAll("id=\\d+", "id=99999999"), staffSession).statusCode());
        assertEquals(404, get(staffsPdf.replaceAll("id=\\d+", "id=%EF%BC%91"), staffSession).statusCode(), "a full-width digit is no id");
        assertEquals(403, get(browser.baseUrl() + "/admin/reports", staffSession).statusCode());
        browser.driver().manage().deleteAllCookies();
        HttpResponse<byte[]> anonymous = get(staffsPdf, "none");
        assertEquals(302, anonymous.statusCode(), "nobody signed in is sent to the login page");
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login"), anonymous.headers().toString());
    }

    private String session() {
        return ReportDownloads.session(browser);
    }

    private static HttpResponse<byte[]> get(String address, String session) throws Exception {
        return ReportDownloads.get(address, session);
    }
}
