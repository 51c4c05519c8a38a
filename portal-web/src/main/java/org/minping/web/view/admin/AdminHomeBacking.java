package org.minping.web.view.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.minping.core.agency.AgencyQuery;
import org.minping.core.agency.AgencyService;
import org.minping.core.appraisal.AppraisalQueryService;

/** The administrators' landing page: what the portal holds. */
@Named
@RequestScoped
public class AdminHomeBacking {

    @Inject
    AgencyService agencies;

    @Inject
    AppraisalQueryService appraisals;

    @Inject
    org.minping.core.evaluation.ResultsService results;

    public java.util.List<org.minping.core.evaluation.ResultsService.CycleView> getCycles() {
        return results.cycles();
    }

    @Inject
    org.minping.core.appraisal.AppealService appeals;

    public java.util.Map<String, Long> getAppealStatistics() {
        return appeals.statistics();
    }

    public int getAgencyCount() {
        return agencies.search(AgencyQuery.all()).size();
    }

    public long getAppraisalCount() {
        return appraisals.count();
    }
}
