package org.minping.web.view.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.minping.core.assessment.ScoreSheetService;
import org.minping.web.security.CurrentUser;
import org.minping.web.security.ReportFiles;

/**
 * A sheet's PDF report, for the uploading organisation, moderators and administrators only, always
 * as an attachment (never shown in the page), with the name encoded; anyone else gets 404.
 */
@WebServlet("/reports/report.pdf")
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ScoreSheetService sheets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long sheetId;
        try {
            sheetId = Long.parseLong(request.getParameter("sheet"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String username = currentUser.username();
        Optional<ScoreSheetService.Report> report = sheets.report(sheetId, username, subject.isPermitted("appraisal:moderate"));
        if (report.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"report.pdf\"; filename*=UTF-8''"
                + URLEncoder.encode(report.get().name(), StandardCharsets.UTF_8).replace("+", "%20"));
        Files.copy(ReportFiles.resolve(report.get().file()), response.getOutputStream());
    }
}
