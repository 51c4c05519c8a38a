package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.minping.core.agency.AgencyQuery;
import org.minping.core.agency.AgencyService;
import org.minping.core.agency.AgencySummary;
import org.minping.core.cycle.CycleAdminService;

/** Bonus and deduction items (加减分) of the edited cycle: an agency picked from the list, a reason and the points, added one at a time. */
@Named
@ViewScoped
public class AdjustmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditedCycle cycle;

    @Inject
    transient CycleAdminService cycles;

    @Inject
    transient AgencyService agencyService;

    private List<AgencySummary> agencies;

    private String agency;
    private String reason;
    private BigDecimal points;

    public void add() {
        cycle.change("adjustment", actor -> {
            cycles.addAdjustment(cycle.code(), agency, reason, points, actor);
            cycle.notice("cycle.adjustment.added");
            reason = null;
            points = null;
        });
    }

    /** Read once per page, when the form is first shown. */
    public List<AgencySummary> getAgencies() {
        if (agencies == null) {
            agencies = agencyService.search(AgencyQuery.all());
        }
        return agencies;
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
