package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.minping.core.agency.AgencyQuery;
import org.minping.core.agency.AgencyService;
import org.minping.core.agency.AgencySummary;
import org.minping.core.supervision.SupervisionService;

/** Records a routine check or a verification visit to an agency: kind, date, agency and findings. */
@Named
@ViewScoped
public class SupervisionVisitBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisedCycle page;

    @Inject
    transient SupervisionService supervision;

    @Inject
    transient AgencyService agencyService;

    private List<AgencySummary> agencies;
    private String agency;
    private String kind;
    private String visitedOn;
    private String findings;

    public void record() {
        if (page.change("visit", actor -> supervision.recordVisit(page.code(), agency, kind, visitedOn, findings, actor))) {
            page.notice("supervision.visit.recorded");
            findings = null;
        }
    }

    /** Read once per page, when the form is first shown. */
    public List<AgencySummary> getAgencies() {
        if (agencies == null) {
            agencies = agencyService.search(AgencyQuery.all());
        }
        return agencies;
    }

    public List<String> getKinds() {
        return List.of("ROUTINE_CHECK", "VERIFICATION_VISIT");
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(String visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}
