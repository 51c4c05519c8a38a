package org.minping.web.view.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import org.apache.shiro.subject.Subject;
import org.minping.core.account.AccountService;
import org.minping.core.plan.WorkPlanService;
import org.minping.web.security.CurrentUser;

/**
 * The PDF of a work plan's stage report: any for the office (plan:manage), its own agency's for
 * agency staff (plan:read-own-agency); anyone else, and any id that is not such a file, gets 404.
 */
@WebServlet("/reports/stage-report")
public class StageReportDownloadServlet extends AttachmentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient AccountService accounts;

    @Inject
    transient WorkPlanService plans;

    @Override
    protected String idParameter() {
        return "id";
    }

    @Override
    protected Optional<Attachment> find(long id, Subject subject) {
        Optional<String> file = Optional.empty();
        if (subject.isPermitted("plan:manage")) {
            file = plans.stageReportFile(id, null);
        } else if (subject.isPermitted("plan:read-own-agency")) {
            file = accounts.findAgencyCode(currentUser.username()).flatMap(agency -> plans.stageReportFile(id, agency));
        }
        String name = "stage-report-" + id + ".pdf";
        return file.map(stored -> new Attachment("application/pdf", stored, name, name));
    }
}
