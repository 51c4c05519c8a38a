package org.minping.web.view.evaluator;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.minping.core.assessment.EvaluatorService;
import org.minping.core.assessment.ScoreSheetService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.SheetTemplates;

/**
 * The template of the signed-in evaluator's sheet for a cycle, as CSV or XLSX by the path
 * ({@link SheetTemplates}); another organisation's agencies never appear in it.
 */
@WebServlet({"/evaluator/template.csv", "/evaluator/template.xlsx"})
public class ScoreSheetTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ScoreSheetService sheets;

    @Inject
    transient EvaluatorService evaluators;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityUtils.getSubject().checkPermission("assessment:upload");
        String username = currentUser.username();
        String organisation = evaluators.organisationOf(username).orElse(null);
        String cycle = request.getParameter("cycle");
        if (organisation == null || cycle == null || !cycle.matches("[A-Za-z0-9-]{1,32}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        java.util.List<ScoreSheetService.TemplateLine> lines = sheets.template(organisation, cycle);
        boolean xlsx = request.getServletPath().endsWith(".xlsx");
        String name = "minping-sheet-" + organisation + "-" + cycle + (xlsx ? ".xlsx" : ".csv");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (xlsx) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            SheetTemplates.xlsx(lines, response.getOutputStream());
        } else {
            response.setContentType("text/csv; charset=UTF-8");
            SheetTemplates.csv(lines, response.getWriter());
        }
    }
}
