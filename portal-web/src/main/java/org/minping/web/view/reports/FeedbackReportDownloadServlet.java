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
import org.minping.core.report.FeedbackReportBatches;
import org.minping.web.security.CurrentUser;
import org.minping.web.security.ReportFiles;

/**
 * A feedback report file: any of them for the office (cycle:manage), an agency's own for its staff
 * (feedback:read-own-agency); anyone else, and any id that is not such a file, gets 404. Always an
 * attachment, never shown in the page.
 */
@WebServlet("/reports/feedback")
public class FeedbackReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient AccountService accounts;

    @Inject
    transient FeedbackReportBatches batches;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean office = subject.isPermitted("cycle:manage");
        String ownAgency = subject.isPermitted("feedback:read-own-agency")
                ? accounts.findAgencyCode(currentUser.username()).orElse(null) : null;
        Optional<FeedbackReportBatches.ReportFile> file = batches.readable(id, office, ownAgency);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("PDF".equals(file.get().format()) ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.get().downloadName() + "\"");
        response.setContentLengthLong(file.get().bytes());
        Files.copy(ReportFiles.resolve(file.get().fileName()), response.getOutputStream());
    }
}
