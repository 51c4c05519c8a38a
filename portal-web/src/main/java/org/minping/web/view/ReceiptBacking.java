package org.minping.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.minping.core.appraisal.AppraisalNotFoundException;
import org.minping.core.appraisal.AppraisalService;
import org.minping.core.appraisal.AppraisalStatusView;

/** The receipt page a submission redirects to; anyone holding the code may look the status up and appeal a rejection. */
@Named
@ViewScoped
public class ReceiptBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AppraisalService appraisals;

    @Inject
    transient org.minping.core.appraisal.AppealService appeals;

    @Inject
    transient Messages messages;

    /** Working days to appeal after a decision (minping.appeal.working-days, default 5). */
    private static int appealWorkingDays() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("minping.appeal.working-days", Integer.class).orElse(5);
    }

    private String receipt;
    private AppraisalStatusView status;
    private String appealStatus;
    private java.time.LocalDate appealUntil;
    private String statement;
    private String appealProblem;

    public void load() {
        try {
            status = receipt == null ? null : appraisals.getStatus(receipt.strip());
            if (status != null) {
                appealStatus = appeals.appealStatus(status.receipt()).orElse(null);
                appealUntil = appeals.deadline(status.receipt(), appealWorkingDays()).orElse(null);
            }
        } catch (AppraisalNotFoundException unknown) {
            status = null;
        }
    }

    /** Files the appeal and shows the receipt again (post-redirect-get), or says what is wrong. */
    public String appeal() {
        try {
            appeals.file(receipt.strip(), statement, appealWorkingDays());
            return "/receipt?faces-redirect=true&receipt=" + receipt.strip();
        } catch (org.minping.core.shared.InvalidInputException invalid) {
            appealProblem = messages.of(invalid.errors().get(0));
        } catch (org.minping.core.appraisal.AppealNotAllowedException notAllowed) {
            appealProblem = messages.get("appeal.notAllowed");
        }
        load();
        return null;
    }

    public String getAppealStatus() {
        return appealStatus;
    }

    public java.time.LocalDate getAppealUntil() {
        return appealUntil;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getAppealProblem() {
        return appealProblem;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public AppraisalStatusView getStatus() {
        return status;
    }
}
