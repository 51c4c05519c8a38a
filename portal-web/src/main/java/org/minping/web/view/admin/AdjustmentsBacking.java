package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.minping.core.cycle.CycleAdminService;

/** Bonus and deduction items (加减分) of the edited cycle: an agency, a reason and the points, added one at a time. */
@Named
@ViewScoped
public class AdjustmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditedCycle cycle;

    @Inject
    transient CycleAdminService cycles;

    private String agency;
    private String reason;
    private BigDecimal points;

    public void add() {
        cycle.change(actor -> {
            cycles.addAdjustment(cycle.code(), agency, reason, points, actor);
            cycle.notice("cycle.adjustment.added");
            reason = null;
            points = null;
        });
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }
}
