package org.minping.web.view.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import org.apache.shiro.subject.Subject;
import org.minping.core.account.AccountService;
import org.minping.core.report.FeedbackReportBatches;
import org.minping.web.security.CurrentUser;

/**
 * A feedback report file: any of them for the office (cycle:manage), an agency's own for its staff
 * (feedback:read-own-agency); anyone else, and any id that is not such a file, gets 404.
 */
@WebServlet("/reports/feedback")
public class FeedbackReportDownloadServlet extends AttachmentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient AccountService accounts;

    @Inject
    transient FeedbackReportBatches batches;

    @Override
    protected String idParameter() {
        return "id";
    }

    @Override
    protected Optional<Attachment> find(long id, Subject subject) {
        String ownAgency = subject.isPermitted("feedback:read-own-agency")
                ? accounts.findAgencyCode(currentUser.username()).orElse(null) : null;
        return batches.readable(id, subject.isPermitted("cycle:manage"), ownAgency).map(file -> new Attachment(
                "PDF".equals(file.format()) ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                file.fileName(), file.downloadName(), file.downloadName()));
    }
}
