package org.minping.web.view.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.minping.core.assessment.ScoreSheetService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.SheetTemplates;

/**
 * One stored version of a score sheet as CSV in the template's form (every version stays readable),
 * for the uploading organisation, moderators reviewing it and administrators; anyone else gets 404.
 */
@WebServlet("/reports/sheet.csv")
public class SheetDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ScoreSheetService sheets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Subject subject = SecurityUtils.getSubject();
        long sheetId;
        try {
            sheetId = Long.parseLong(request.getParameter("sheet"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<List<ScoreSheetService.ScoredLine>> contents = subject.isAuthenticated()
                ? sheets.contents(sheetId, currentUser.username(), subject.isPermitted("appraisal:moderate"))
                : Optional.empty();
        if (contents.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"minping-sheet-" + sheetId + ".csv\"");
        SheetTemplates.scoredCsv(contents.get(), response.getWriter());
    }
}
