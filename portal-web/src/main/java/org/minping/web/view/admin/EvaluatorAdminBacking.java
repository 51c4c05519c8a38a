package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.assessment.EvaluatorService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/** Administrators register evaluator organisations, add their staff and assign them to agencies in a cycle. */
@Named
@ViewScoped
public class EvaluatorAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient EvaluatorService evaluators;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    private List<EvaluatorService.Organisation> organisations = List.of();
    private java.util.Map<String, List<EvaluatorService.Assignment>> assignments = java.util.Map.of();
    private String code;
    private String nameZh;
    private String nameEn;
    private String staffOrg;
    private String staffUsername;
    private String assignOrg;
    private String assignAgency;
    private String assignCycle = "2026";
    private List<String> problems = new ArrayList<>();
    private String notice;

    public void load() {
        SecurityUtils.getSubject().checkPermission("admin:access");
        refresh();
    }

    /** Read once per change, not per rendering of the list. */
    private void refresh() {
        organisations = evaluators.organisations();
        assignments = evaluators.assignmentsByOrganisation();
    }

    public List<EvaluatorService.Assignment> assignmentsOf(String orgCode) {
        return assignments.getOrDefault(orgCode, List.of());
    }

    public void register() {
        act(() -> evaluators.register(code, nameZh, nameEn, currentUser.username()));
    }

    public void addStaff() {
        act(() -> evaluators.addStaff(staffOrg, staffUsername, currentUser.username()));
    }

    public void assign() {
        act(() -> evaluators.assign(assignOrg, assignAgency, assignCycle, currentUser.username()));
    }

    private void act(Runnable change) {
        SecurityUtils.getSubject().checkPermission("admin:access");
        notice = null;
        problems = pageProblems.attempt(() -> {
            change.run();
            notice = messages.get("evaluators.saved");
        });
        refresh();
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
        return problems;
    }

    public String getNotice() {
        return notice;
    }
}
