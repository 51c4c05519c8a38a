package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.WorkPlanForms;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Work plans end to end: the office makes Hangzhou's plan with a phase, a step and a task for its
 * staff account and designates that account liaison; the liaison reports progress and a stage report
 * with a PDF; the dashboard shows the progress and the overdue task; other staff of the agency only
 * read, another agency's staff reach nothing of it; bad input is refused naming the field, and
 * nothing is stored.
 */
class WorkPlanIT extends BrowserTestBase {

    @Test
    void theOfficePlansTheLiaisonReportsAndTheDashboardShowsProgressAndWhatIsOverdue(Portal portal) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LoginPage.open(browser).logInAs("admin", "admin-demo");

        // A plan that ends before it starts: refused, naming the end date; no plan stored.
        WorkPlanForms plans = WorkPlanForms.open(browser, "/admin/plans", "plans-heading");
        plans.choose("create:agency", "HZ").type("create:goal", "建立以群众满意为导向的政府绩效管理机制")
                .date("create:startsOn", today.minusDays(60)).date("create:endsOn", today.minusDays(61))
                .type("create:reportEvery", "1").choose("create:reportUnit", "MONTHS")
                .date("create:nextReportDue", today.minusDays(5)).send("create:save");
        assertTrue(plans.problems("create-problems").stream().anyMatch(p -> p.startsWith("结束日期")), plans.problems("create-problems").toString());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM work_plan p JOIN agency g ON g.id = p.agency_id WHERE g.code = 'HZ'"));

        // The plan: monthly reports, the next one due five days ago (late).
        plans.date("create:startsOn", today.minusDays(60)).date("create:endsOn", today.plusDays(300)).send("create:save");
        WebElement heading = browser.waiting().until(d -> d.findElement(By.id("plan-heading")));
        assertEquals("HZ", heading.getAttribute("data-agency"));
        long plan = portal.count("SELECT p.id FROM work_plan p JOIN agency g ON g.id = p.agency_id WHERE g.code = 'HZ'");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'plan.create' AND subject = 'plan:" + plan + "' AND actor = 'admin'"));
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/admin/plan?id=" + plan));
        WorkPlanForms page = WorkPlanForms.open(browser, "/admin/plan?id=" + plan, "plan-heading");

        // A phase whose target is after the plan ends: refused, naming the target date.
        page.type("phase:phaseGoal", "动员部署，制定分解方案").date("phase:targetOn", today.plusDays(400)).send("phase:save");
        assertTrue(page.problems("plan-problems").stream().anyMatch(p -> p.startsWith("目标日期")), page.problems("plan-problems").toString());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM plan_phase WHERE plan_id = " + plan));
        page.date("phase:targetOn", today.plusDays(30)).send("phase:save");
        assertFalse(page.notice("plan-notice").isEmpty());
        long phase = portal.count("SELECT id FROM plan_phase WHERE plan_id = " + plan + " AND position = 1");

        // A step ending before it starts: refused, naming the step's end date.
        page.choose("step:stepPhase", String.valueOf(phase)).type("step:stepTitle", "召开试点工作动员会")
                .date("step:stepStartsOn", today.minusDays(10)).date("step:stepEndsOn", today.minusDays(20)).send("step:save");
        assertTrue(page.problems("plan-problems").stream().anyMatch(p -> p.startsWith("步骤结束日期")), page.problems("plan-problems").toString());
        page.date("step:stepEndsOn", today.minusDays(9)).send("step:save");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM plan_step WHERE phase_id = " + phase));

        // A task for an account that is not in the list (another agency's, posted by hand): refused, naming the field.
        page.choose("task:taskPhase", String.valueOf(phase)).type("task:taskTitle", "梳理政务服务事项清单")
                .type("task:department", "市政务服务管理办公室").choose("task:assignee", "agency")
                .date("task:dueOn", today.minusDays(1)).forge("task:assignee", "moderator").send("task:save");
        assertTrue(page.problems("plan-problems").stream().anyMatch(p -> p.startsWith("责任人")), page.problems("plan-problems").toString());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM plan_task WHERE phase_id = " + phase));
        page.choose("task:assignee", "agency").send("task:save");
        long task = portal.count("SELECT id FROM plan_task WHERE phase_id = " + phase);
        assertEquals(1, portal.count("SELECT COUNT(*) FROM plan_task t JOIN user_account u ON u.id = t.assignee_id WHERE t.id = " + task
                + " AND u.username = 'agency' AND t.state = 'NOT_STARTED' AND t.department_text = '市政务服务管理办公室'"));

        page.choose("designate:liaison", "agency").send("designate:save");
        assertFalse(browser.driver().findElements(By.cssSelector("#plan-liaisons .liaison[data-user='agency']")).isEmpty());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'plan.liaison.designate' AND subject = 'plan:" + plan + "'"));
        assertEquals(4, portal.count("SELECT COUNT(*) FROM audit_event WHERE subject = 'plan:" + plan + "' AND action IN"
                + " ('plan.phase.add', 'plan.step.add', 'plan.task.add', 'plan.liaison.designate')"));
        String otherStaff = portal.copyOfAccount("agency");
        browser.logOut();

        // The liaison officer: progress in full-width digits or over 100 is refused, naming the field; nothing stored.
        LoginPage.open(browser).logInAs("agency", "agency-demo");
        WorkPlanForms desk = WorkPlanForms.open(browser, "/desk/plan", "desk-plan-heading");
        assertEquals("true", browser.driver().findElement(By.id("desk-plan-role")).getAttribute("data-liaison"));
        for (String bad : List.of("５０", "150")) {
            desk.choose("progress:task", String.valueOf(task)).type("progress:percent", bad)
                    .type("progress:progressNote", "已完成事项梳理的一半").send("progress:save");
            assertTrue(desk.problems("desk-plan-problems").stream().anyMatch(p -> p.startsWith("完成百分比")),
                    bad + ": " + desk.problems("desk-plan-problems"));
        }
        assertEquals(0, portal.count("SELECT COUNT(*) FROM plan_report WHERE plan_id = " + plan));
        desk.type("progress:percent", "40").send("progress:save");
        assertFalse(desk.notice("desk-plan-notice").isEmpty());
        WebElement row = browser.driver().findElement(By.cssSelector("tr.plan-task[data-task='" + task + "']"));
        assertEquals("40", row.getAttribute("data-percent"));
        assertEquals("IN_PROGRESS", row.getAttribute("data-state"));
        assertEquals("true", row.getAttribute("data-overdue"), "due yesterday and not done");

        // A stage report: HTML named .pdf is refused; a PDF is stored under a generated name.
        Path dir = Files.createTempDirectory("stage-report");
        Path fake = dir.resolve("阶段报告.pdf");
        Files.writeString(fake, "<html><body>not a pdf</body></html>");
        desk.choose("stage:phase", String.valueOf(phase)).type("stage:stageNote", "第一阶段动员部署已完成，形成分解方案。")
                .attach("stage:file", fake).send("stage:save");
        assertTrue(desk.problems("desk-plan-problems").stream().anyMatch(p -> p.contains("PDF")), desk.problems("desk-plan-problems").toString());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM plan_report WHERE kind = 'STAGE' AND plan_id = " + plan));
        Path pdf = dir.resolve("第一阶段报告.pdf");
        Files.write(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        desk.choose("stage:phase", String.valueOf(phase)).type("stage:stageNote", "第一阶段动员部署已完成，形成分解方案。")
                .attach("stage:file", pdf).send("stage:save");
        assertFalse(desk.notice("desk-plan-notice").isEmpty());
        long stage = portal.count("SELECT id FROM plan_report WHERE kind = 'STAGE' AND plan_id = " + plan);
        assertEquals(1, portal.count("SELECT COUNT(*) FROM plan_report WHERE id = " + stage
                + " AND file_name REGEXP '^[0-9a-f]{32}[.]pdf$' AND original_name = '第一阶段报告.pdf' AND filed_by = 'agency'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'plan.report.progress' AND subject = 'plan-task:" + task + "'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'plan.report.stage' AND subject = 'plan:" + plan + "'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM work_plan WHERE id = " + plan + " AND next_report_due > UTC_DATE()"),
                "a report settles the late period");
        assertFalse(browser.driver().findElements(By.cssSelector("#plan-reports a.stage-pdf")).isEmpty());
        assertEquals(200, get("/reports/stage-report?id=" + stage).statusCode(), "the agency's own stage report");
        browser.logOut();

        // Another staff member of Hangzhou reads the plan but reports nothing.
        LoginPage.open(browser).logInAs(otherStaff, "agency-demo");
        WorkPlanForms.open(browser, "/desk/plan", "desk-plan-heading");
        assertEquals("false", browser.driver().findElement(By.id("desk-plan-role")).getAttribute("data-liaison"));
        assertTrue(browser.driver().findElements(By.id("progress:save")).isEmpty());
        assertFalse(browser.driver().findElements(By.cssSelector("tr.plan-task[data-task='" + task + "']")).isEmpty());
        browser.logOut();

        // Staff of another agency (Shenzhen): no trace of Hangzhou's plan, its stage report is 404, the office's pages 403.
        String shenzhen = portal.copyOfAccount("agency");
        try (var db = portal.database(); var sql = db.createStatement()) {
            sql.executeUpdate("UPDATE user_account SET agency_id = (SELECT id FROM agency WHERE code = 'SZ') WHERE username = '" + shenzhen + "'");
        }
        LoginPage.open(browser).logInAs(shenzhen, "agency-demo");
        WorkPlanForms.open(browser, "/desk/plan", "desk-plan-heading");
        assertFalse(browser.driver().findElements(By.id("desk-plan-none")).isEmpty());
        assertFalse(browser.driver().getPageSource().contains("梳理政务服务事项清单"));
        assertEquals(404, get("/reports/stage-report?id=" + stage).statusCode());
        assertEquals(403, get("/admin/plan?id=" + plan).statusCode());
        browser.logOut();

        // The office's list and dashboard: Hangzhou at 40 %, its task overdue.
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        WorkPlanForms.open(browser, "/admin/plans", "plans-heading");
        WebElement line = browser.driver().findElement(By.cssSelector("#plans tr[data-agency='HZ']"));
        assertEquals("40", line.getAttribute("data-progress"));
        assertEquals("1", line.getAttribute("data-overdue"));
        WorkPlanForms.open(browser, "/admin/plan-dashboard", "dashboard-heading");
        assertEquals("40", browser.driver().findElement(By.cssSelector("#dashboard-progress tr[data-agency='HZ']")).getAttribute("data-progress"));
        WebElement overdue = browser.driver().findElement(By.cssSelector("#overdue-items tr.overdue-item[data-agency='HZ'][data-kind='TASK']"));
        assertTrue(overdue.getText().contains("梳理政务服务事项清单"), overdue.getText());
        assertFalse(browser.driver().findElements(By.cssSelector("#progress-chart canvas, canvas#progress-chart_canvas, #progress-chart")).isEmpty());
        assertEquals(200, get("/reports/stage-report?id=" + stage).statusCode(), "the office reads every stage report");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
