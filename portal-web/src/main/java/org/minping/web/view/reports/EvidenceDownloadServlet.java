package org.minping.web.view.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import org.apache.shiro.subject.Subject;
import org.minping.core.account.AccountService;
import org.minping.core.rectification.RectificationService;
import org.minping.web.security.CurrentUser;

/**
 * A rectification task's evidence file, for the evaluation office, auditors and the task's own
 * agency only; anyone else gets 404.
 */
@WebServlet("/reports/evidence.pdf")
public class EvidenceDownloadServlet extends AttachmentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient RectificationService rectifications;

    @Inject
    transient AccountService accounts;

    @Override
    protected String idParameter() {
        return "evidence";
    }

    @Override
    protected Optional<Attachment> find(long evidenceId, Subject subject) {
        boolean office = subject.isPermitted("rectification:manage") || subject.isPermitted("audit:read");
        String agency = subject.isPermitted("rectification:respond")
                ? accounts.findAgencyCode(currentUser.username()).orElse(null) : null;
        return rectifications.evidence(evidenceId, agency, office)
                .map(file -> new Attachment("application/pdf", file.storedName(), "evidence.pdf", file.fileName()));
    }
}
