package org.minping.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.minping.core.appraisal.AppraisalNotFoundException;
import org.minping.core.appraisal.AppraisalService;
import org.minping.core.appraisal.AppraisalStatusView;

/** The receipt page a submission redirects to; anyone holding the code may look the status up. */
@Named
@RequestScoped
public class ReceiptBacking {

    @Inject
    AppraisalService appraisals;

    private String receipt;
    private AppraisalStatusView status;

    public void load() {
        try {
            status = receipt == null ? null : appraisals.getStatus(receipt.strip());
        } catch (AppraisalNotFoundException unknown) {
            status = null;
        }
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
