package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.account.AccountName;
import org.minping.core.agency.AgencyService;
import org.minping.core.assessment.ExpertPanelAdminService;
import org.minping.core.cycle.CycleRepository;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.evaluation.ScoringInputAssembler;
import org.minping.core.scoring.Agreement;
import org.minping.core.shared.CodeName;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/**
 * Administrators form expert panels per cycle and track, add experts, follow who has submitted, and
 * see each panel's agreement (Kendall's W) as the next run will compute it, low agreement flagged.
 * Cycles, tracks and experts are picked from lists.
 */
@Named
@ViewScoped
public class PanelAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ExpertPanelAdminService panelService;

    @Inject
    transient ScoringInputAssembler assembler;

    @Inject
    transient CycleRepository cycles;

    @Inject
    transient ResultsService results;

    @Inject
    transient AgencyService agencyService;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    private String cycle;
    private String track;
    private String memberTrack;
    private String username;
    private String reason;
    private List<ExpertPanelAdminService.Panel> panels = List.of();
    private List<Agreement> agreements = List.of();
    private List<ResultsService.CycleView> cycleChoices = List.of();
    private List<CodeName> tracks = List.of();
    private List<AccountName> experts = List.of();
    private List<AccountName> members = List.of();
    private final FormFeedback feedback = new FormFeedback();

    public void load() {
        SecurityUtils.getSubject().checkPermission("admin:access");
        cycleChoices = results.cycles();
        tracks = agencyService.tracks();
        if (cycle == null || cycle.isBlank()) {
            // The newest cycle, as the scoring desk opens on.
            cycle = cycleChoices.stream().findFirst().map(ResultsService.CycleView::code).orElse("");
        }
        refresh();
    }

    /** Read once per change, not per rendering. */
    private void refresh() {
        panels = panelService.panels(cycle);
        experts = panelService.experts();
        members = panelService.members(cycle);
        agreements = cycles.findByCode(cycle).map(assembler::agreements).orElse(List.of());
    }

    public void show() {
        SecurityUtils.getSubject().checkPermission("admin:access");
        feedback.clear();
        if (cycles.findByCode(cycle).isEmpty()) {
            feedback.problem(messages.get("panels.noCycle", cycle));
        }
        refresh();
    }

    public void form() {
        act("form", () -> panelService.form(cycle, track, currentUser.username()));
    }

    public void addMember() {
        act("member", () -> panelService.addMember(cycle, memberTrack, username, currentUser.username()));
    }

    public void reopen() {
        act("manage", () -> panelService.reopen(cycle, memberTrack, username, reason, currentUser.username()));
    }

    public void remove() {
        act("manage", () -> panelService.removeMember(cycle, memberTrack, username, reason, currentUser.username()));
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    private void act(String form, Runnable change) {
        SecurityUtils.getSubject().checkPermission("admin:access");
        if (feedback.attempt(pageProblems, form, change)) {
            feedback.notice(messages.get("evaluators.saved"));
            reason = null;
        }
        refresh();
    }

    public List<ResultsService.CycleView> getCycles() {
        return cycleChoices;
    }

    public List<CodeName> getTracks() {
        return tracks;
    }

    public List<AccountName> getExperts() {
        return experts;
    }

    public List<AccountName> getMembers() {
        return members;
    }

    public FormFeedback getFeedback() {
        return feedback;
    }


    public boolean isAnyLow() {
        return agreements.stream().anyMatch(Agreement::low);
    }

    /** W with three decimals, or a dash where it is undefined (fewer than two complete raters or agencies). */
    public String format(double kendallW) {
        return Double.isNaN(kendallW) ? "–" : String.format(java.util.Locale.ROOT, "%.3f", kendallW);
    }

    public List<ExpertPanelAdminService.Panel> getPanels() {
        return panels;
    }

    public List<Agreement> getAgreements() {
        return agreements;
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public String getMemberTrack() {
        return memberTrack;
    }

    public void setMemberTrack(String memberTrack) {
        this.memberTrack = memberTrack;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<String> getProblems() {
        return feedback.getProblems();
    }

    public String getNotice() {
        return feedback.getNotice();
    }
}
