package org.minping.web.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.apache.shiro.SecurityUtils;
import org.minping.core.assessment.EvaluatorService;
import org.minping.core.assessment.ScoreSheetService;
import org.minping.web.api.ResultsCsv;
import org.minping.web.security.PortalPrincipal;

/**
 * The CSV template of the signed-in evaluator's sheet for a cycle: the columns the upload reads
 * (agency, indicator, score) and two more naming agency and indicator in Chinese and English, which
 * the upload ignores. Cells are neutralized against spreadsheet formulas.
 */
@WebServlet("/evaluator/template.csv")
public class ScoreSheetTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScoreSheetService sheets;

    @Inject
    transient EvaluatorService evaluators;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityUtils.getSubject().checkPermission("assessment:upload");
        String username = ((PortalPrincipal) SecurityUtils.getSubject().getPrincipal()).username();
        String organisation = evaluators.organisationOf(username).orElse(null);
        String cycle = request.getParameter("cycle");
        if (organisation == null || cycle == null || !cycle.matches("[A-Za-z0-9-]{1,32}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"minping-sheet-" + organisation + "-" + cycle + ".csv\"");
        PrintWriter out = response.getWriter();
        // A byte-order mark, so that spreadsheet programs read the Chinese names as UTF-8.
        out.print('\uFEFF');
        out.print("agency,indicator,score,机关 agency name,指标 indicator name\r\n");
        for (ScoreSheetService.TemplateLine line : sheets.template(organisation, cycle)) {
            out.print(ResultsCsv.cell(line.agencyCode()) + "," + ResultsCsv.cell(line.indicatorCode()) + ",,"
                    + ResultsCsv.cell(line.agencyName()) + "," + ResultsCsv.cell(line.indicatorName()) + "\r\n");
        }
    }
}
