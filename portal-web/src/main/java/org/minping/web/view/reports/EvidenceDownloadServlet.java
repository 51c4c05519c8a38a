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
import org.minping.core.account.AccountService;
import org.minping.core.rectification.RectificationService;
import org.minping.web.security.CurrentUser;
import org.minping.web.security.ReportFiles;

/**
 * A rectification task's evidence file, for the evaluation office, auditors and the task's own
 * agency only, always as an attachment with the name encoded; anyone else gets 404.
 */
@WebServlet("/reports/evidence.pdf")
public class EvidenceDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient RectificationService rectifications;

    @Inject
    transient AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long evidenceId;
        try {
            evidenceId = Long.parseLong(request.getParameter("evidence"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean office = subject.isPermitted("rectification:manage") || subject.isPermitted("audit:read");
        String agency = subject.isPermitted("rectification:respond")
                ? accounts.findAgencyCode(currentUser.username()).orElse(null) : null;
        Optional<RectificationService.EvidenceFile> file = rectifications.evidence(evidenceId, agency, office);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"evidence.pdf\"; filename*=UTF-8''"
                + URLEncoder.encode(file.get().fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        Files.copy(ReportFiles.resolve(file.get().storedName()), response.getOutputStream());
    }
}
