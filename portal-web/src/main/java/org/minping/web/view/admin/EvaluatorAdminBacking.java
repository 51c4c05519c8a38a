package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.account.AccountName;
import org.minping.core.agency.AgencyQuery;
import org.minping.core.agency.AgencyService;
import org.minping.core.agency.AgencySummary;
import org.minping.core.assessment.EvaluatorService;
import org.minping.core.evaluation.ResultsService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/**
 * Administrators register evaluator organisations, add their staff and assign them to agencies in a
 * cycle; organisations, staff accounts, agencies and cycles are picked from lists.
 */
@Named
@ViewScoped
public class EvaluatorAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient EvaluatorService evaluators;

    @Inject
    transient AgencyService agencyService;

    @Inject
    transient ResultsService results;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    private List<EvaluatorService.Organisation> organisations = List.of();
    private List<AccountName> unplacedStaff = List.of();
    private List<AgencySummary> agencies = List.of();
    private List<ResultsService.CycleView> cycles = List.of();
    private java.util.Map<String, List<EvaluatorService.Assignment>> assignments = java.util.Map.of();
    private String code;
    private String nameZh;
    private String nameEn;
    private String staffOrg;
    private String staffUsername;
    private String assignOrg;
    private String assignAgency;
    private String assignCycle;
    private final FormFeedback feedback = new FormFeedback();

    public void load() {
        SecurityUtils.getSubject().checkPermission("admin:access");
        agencies = agencyService.search(AgencyQuery.all());
        cycles = results.cycles();
        // The newest cycle, as the scoring desk opens on.
        assignCycle = cycles.stream().findFirst().map(ResultsService.CycleView::code).orElse(null);
        refresh();
    }

    /** Read once per change, not per rendering of the list. */
    private void refresh() {
        organisations = evaluators.organisations();
        unplacedStaff = evaluators.unplacedStaff();
        assignments = evaluators.assignmentsByOrganisation();
    }

    public List<EvaluatorService.Assignment> assignmentsOf(String orgCode) {
        return assignments.getOrDefault(orgCode, List.of());
    }

    public void register() {
        act("register", () -> evaluators.register(code, nameZh, nameEn, currentUser.username()));
    }

    public void addStaff() {
        act("staff", () -> evaluators.addStaff(staffOrg, staffUsername, currentUser.username()));
    }

    public void assign() {
        act("assign", () -> evaluators.assign(assignOrg, assignAgency, assignCycle, currentUser.username()));
    }

    private void act(String form, Runnable change) {
        SecurityUtils.getSubject().checkPermission("admin:access");
        if (feedback.attempt(pageProblems, form, change)) {
            feedback.notice(messages.get("evaluators.saved"));
        }
        refresh();
    }

    public List<AccountName> getUnplacedStaff() {
        return unplacedStaff;
    }

    public List<AgencySummary> getAgencies() {
        return agencies;
    }

    public List<ResultsService.CycleView> getCycles() {
        return cycles;
    }

    public FormFeedback getFeedback() {
        return feedback;
    }

    public List<EvaluatorService.Organisation> getOrganisations() {
        return organisations;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getStaffOrg() {
        return staffOrg;
    }

    public void setStaffOrg(String staffOrg) {
        this.staffOrg = staffOrg;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public void setStaffUsername(String staffUsername) {
        this.staffUsername = staffUsername;
    }

    public String getAssignOrg() {
        return assignOrg;
    }

    public void setAssignOrg(String assignOrg) {
        this.assignOrg = assignOrg;
    }

    public String getAssignAgency() {
        return assignAgency;
    }

    public void setAssignAgency(String assignAgency) {
        this.assignAgency = assignAgency;
    }

    public String getAssignCycle() {
        return assignCycle;
    }

    public void setAssignCycle(String assignCycle) {
        this.assignCycle = assignCycle;
    }

    public List<String> getProblems() {
        return feedback.getProblems();
    }

    public String getNotice() {
        return feedback.getNotice();
    }
}
