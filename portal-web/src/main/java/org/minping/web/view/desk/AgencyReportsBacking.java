package org.minping.web.view.desk;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.List;
import org.minping.core.account.AccountService;
import org.minping.core.report.FeedbackReportBatches;
import org.minping.web.security.CurrentUser;

/** An agency's own feedback reports, newest cycle first, for its staff to download. */
@Model
public class AgencyReportsBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    FeedbackReportBatches batches;

    private List<FeedbackReportBatches.ReportFile> files;

    public List<FeedbackReportBatches.ReportFile> getFiles() {
        if (files == null) {
            files = accounts.findAgencyCode(currentUser.username()).map(batches::agencyFiles).orElse(List.of());
        }
        return files;
    }
}
