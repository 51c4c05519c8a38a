package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.plan.PlanViews;
import org.minping.core.plan.WorkPlanService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.PageProblems;

/** The office's work plans: every pilot agency's plan with its progress and overdue items, and a new plan for an agency without one. */
@Named
@ViewScoped
public class PlansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient WorkPlanService plans;

    @Inject
    transient PageProblems pageProblems;

    private final FormFeedback feedback = new FormFeedback();
    private List<PlanViews.Summary> list = List.of();
    private List<PlanViews.Department> agencies = List.of();
    private String agency;
    /** The new plan's header: the same form as a plan's own page edits, reporting monthly unless changed. */
    private final PlanBacking.PlanForm header = new PlanBacking.PlanForm();

    {
        header.setReportEvery("1");
        header.setReportUnit("MONTHS");
    }

    public void load() {
        SecurityUtils.getSubject().checkPermission("plan:manage");
        list = plans.plans();
        agencies = plans.agenciesWithoutPlan();
    }

    /** Makes the plan and opens it, so that its phases and tasks come next. */
    public String create() {
        SecurityUtils.getSubject().checkPermission("plan:manage");
        long[] id = new long[1];
        boolean made = feedback.attempt(pageProblems, "create", () -> id[0] = plans.create(header.input(agency),
                currentUser.username()));
        if (!made) {
            return null;
        }
        return "/admin/plan?faces-redirect=true&id=" + id[0];
    }

    public PlanBacking.PlanForm getHeader() {
        return header;
    }

    public FormFeedback getFeedback() {
        return feedback;
    }

    public List<PlanViews.Summary> getList() {
        return list;
    }

    public List<PlanViews.Department> getAgencies() {
        return agencies;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }
}
