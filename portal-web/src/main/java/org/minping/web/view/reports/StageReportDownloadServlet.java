package org.minping.web.view.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.minping.core.account.AccountService;
import org.minping.core.plan.WorkPlanService;
import org.minping.web.security.CurrentUser;
import org.minping.web.security.ReportFiles;

/**
 * The PDF of a work plan's stage report: any for the office (plan:manage), its own agency's for
 * agency staff (plan:read-own-agency); anyone else, and any id that is not such a file, gets 404.
 * Always an attachment under a fixed name, never shown in the page.
 */
@WebServlet("/reports/stage-report")
public class StageReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient AccountService accounts;

    @Inject
    transient WorkPlanService plans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Subject subject = SecurityUtils.getSubject();
        String id = request.getParameter("id");
        if (!subject.isAuthenticated() || id == null || !id.matches("[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> file = Optional.empty();
        if (subject.isPermitted("plan:manage")) {
            file = plans.stageReportFile(Long.parseLong(id), null);
        } else if (subject.isPermitted("plan:read-own-agency")) {
            Optional<String> agency = accounts.findAgencyCode(currentUser.username());
            if (agency.isPresent()) {
                file = plans.stageReportFile(Long.parseLong(id), agency.get());
            }
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"stage-report-" + id + ".pdf\"");
        Files.copy(ReportFiles.resolve(file.get()), response.getOutputStream());
    }
}
