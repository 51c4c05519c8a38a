package org.minping.web.view.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import org.apache.shiro.subject.Subject;
import org.minping.core.assessment.ScoreSheetService;
import org.minping.web.security.CurrentUser;

/** A sheet's PDF report, for the uploading organisation, moderators and administrators only; anyone else gets 404. */
@WebServlet("/reports/report.pdf")
public class ReportDownloadServlet extends AttachmentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ScoreSheetService sheets;

    @Override
    protected String idParameter() {
        return "sheet";
    }

    @Override
    protected Optional<Attachment> find(long sheetId, Subject subject) {
        return sheets.report(sheetId, currentUser.username(), subject.isPermitted("appraisal:moderate"))
                .map(report -> new Attachment("application/pdf", report.file(), "report.pdf", report.name()));
    }
}
