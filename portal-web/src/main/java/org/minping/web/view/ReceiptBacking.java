package org.minping.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.minping.core.appraisal.AppealNotAllowedException;
import org.minping.core.appraisal.AppealService;
import org.minping.core.appraisal.AppraisalNotFoundException;
import org.minping.core.appraisal.AppraisalReceipt;
import org.minping.core.appraisal.AppraisalService;
import org.minping.core.appraisal.AppraisalStatusView;
import org.minping.core.appraisal.CitizenAppraisals;
import org.minping.core.appraisal.ReceiptCodes;
import org.minping.core.appraisal.WithdrawalNotAllowedException;
import org.minping.core.followup.FollowUpService;
import org.minping.core.followup.FollowUpView;
import org.minping.core.shared.InvalidInputException;
import org.minping.web.config.ModerationSettings;

/** The receipt page a submission redirects to; anyone holding the code may look the status up, withdraw the appraisal or appeal a rejection. */
@Named
@ViewScoped
public class ReceiptBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AppraisalService appraisals;

    @Inject
    transient AppealService appeals;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    @Inject
    transient CitizenAppraisals citizenAppraisals;

    @Inject
    transient FollowUpService followUps;

    @Inject
    ModerationSettings settings;

    private String receipt;
    private AppraisalStatusView status;
    private String appealStatus;
    private LocalDate appealUntil;
    private String statement;
    private String appealProblem;
    private boolean withdrawable;
    private FollowUpView followUp;
    private Integer rerating;
    private String reratingComment;
    private String rerateProblem;
    private String withdrawProblem;

    public void load() {
        try {
            status = receipt == null ? null : appraisals.getStatus(receipt.strip());
            if (status != null) {
                appealStatus = appeals.appealStatus(status.receipt()).orElse(null);
                appealUntil = appeals.deadline(status.receipt(), settings.appealWorkingDays()).orElse(null);
                withdrawable = citizenAppraisals.whyNotWithdrawable(status.receipt()).isEmpty();
                followUp = followUps.forReceipt(status.receipt()).orElse(null);
            }
        } catch (AppraisalNotFoundException unknown) {
            status = null;
        }
    }

    /** Files the appeal and shows the receipt again (post-redirect-get), or says what is wrong. */
    public String appeal() {
        appealProblem = pageProblems.first(() -> appeals.file(receipt.strip(), statement, settings.appealWorkingDays()),
                PageProblems.when(AppealNotAllowedException.class, "appeal.notAllowed"));
        if (appealProblem == null) {
            return "/receipt?faces-redirect=true&receipt=" + receipt.strip();
        }
        load();
        return null;
    }

    /** Withdraws the appraisal and shows the receipt again, or says why it could not. */
    public String withdraw() {
        try {
            citizenAppraisals.withdraw(receipt.strip(), "receipt-holder");
            return "/receipt?faces-redirect=true&receipt=" + receipt.strip();
        } catch (WithdrawalNotAllowedException notAllowed) {
            withdrawProblem = messages.get("withdraw.notAllowed");
        }
        load();
        return null;
    }

    /** After the agency rectified, the holder rates once more; both appraisals are kept. */
    public String rerate() {
        try {
            if (rerating == null) {
                rerateProblem = messages.get("validation.required");
            } else {
                AppraisalReceipt second = followUps.rerate(receipt.strip(), rerating, reratingComment);
                return "/receipt?faces-redirect=true&receipt=" + second.receipt();
            }
        } catch (InvalidInputException invalid) {
            rerateProblem = pageProblems.first(invalid);
        }
        load();
        return null;
    }

    public FollowUpView getFollowUp() {
        return followUp;
    }

    public Integer getRerating() {
        return rerating;
    }

    public void setRerating(Integer rerating) {
        this.rerating = rerating;
    }

    public String getReratingComment() {
        return reratingComment;
    }

    public void setReratingComment(String reratingComment) {
        this.reratingComment = reratingComment;
    }

    public String getRerateProblem() {
        return rerateProblem;
    }

    public boolean isWithdrawable() {
        return withdrawable;
    }

    public String getWithdrawProblem() {
        return withdrawProblem;
    }

    public String getAppealStatus() {
        return appealStatus;
    }

    public LocalDate getAppealUntil() {
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

    /** Takes the code however it was typed (case, full-width, spaces, missing hyphens). */
    public void setReceipt(String receipt) {
        this.receipt = ReceiptCodes.canonical(receipt);
    }

    public AppraisalStatusView getStatus() {
        return status;
    }
}
