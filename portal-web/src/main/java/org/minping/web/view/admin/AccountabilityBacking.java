package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.rectification.AccountabilityDecision;
import org.minping.core.rectification.AccountabilityRecord;
import org.minping.core.rectification.AccountabilityService;
import org.minping.core.rectification.RectificationService;
import org.minping.core.rectification.RectificationTask;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/**
 * The office records accountability decisions (问责) on an agency's published result, optionally
 * following a failed rectification task, and later writes how each was followed up.
 */
@Named
@ViewScoped
public class AccountabilityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient AccountabilityService accountability;

    @Inject
    transient RectificationService rectifications;

    @Inject
    transient ResultsService results;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    @Inject
    transient Clock clock;

    private List<ResultsService.CycleView> cycles = List.of();
    private List<RankedAgency> agencies = List.of();
    private List<RectificationTask> failedTasks = List.of();
    private List<AccountabilityRecord> records = List.of();
    private String cycle;
    private String agency;
    private String task;
    private String decision;
    private String reason;
    private String responsibleUnit;
    private String followUp;
    private String decidedOn;
    private Long amended;
    private String amendment;
    private final FormFeedback feedback = new FormFeedback();

    public void load() {
        SecurityUtils.getSubject().checkPermission("rectification:manage");
        cycles = results.cycles().stream().filter(ResultsService.CycleView::isPublished).toList();
        if (decidedOn == null) {
            decidedOn = LocalDate.now(clock).toString();
        }
        choices();
        records = accountability.all();
    }

    /** The agencies of the chosen cycle's published run, and the agency's failed tasks of that cycle. */
    public void choices() {
        if (cycles.stream().noneMatch(c -> c.code().equals(cycle))) {
            cycle = cycles.stream().findFirst().map(ResultsService.CycleView::code).orElse(null);
        }
        agencies = cycle == null ? List.of()
                : results.ranking(cycles.stream().filter(c -> c.code().equals(cycle)).findFirst().orElseThrow().publishedRunId(), null);
        if (agencies.stream().noneMatch(a -> a.agencyCode().equals(agency))) {
            agency = agencies.stream().findFirst().map(RankedAgency::agencyCode).orElse(null);
        }
        LocalDate today = LocalDate.now(clock);
        failedTasks = rectifications.forOffice().stream().filter(t -> t.cycleCode().equals(cycle) && t.agencyCode().equals(agency)
                && t.failedOn(today)).toList();
        if (failedTasks.stream().noneMatch(t -> Long.toString(t.id()).equals(task))) {
            task = null;
        }
    }

    public void record() {
        SecurityUtils.getSubject().checkPermission("rectification:manage");
        AccountabilityService.Entry entry = new AccountabilityService.Entry(cycle, agency, task, decision, reason, responsibleUnit,
                followUp, decidedOn);
        if (feedback.attempt(pageProblems, "record", () -> {
            long id = accountability.record(entry, currentUser.username());
            feedback.notice(messages.get("accountability.recorded", Long.toString(id)));
        })) {
            reason = null;
            responsibleUnit = null;
            followUp = null;
        }
        records = accountability.all();
    }

    public void amend() {
        SecurityUtils.getSubject().checkPermission("rectification:manage");
        long id = amended == null ? 0 : amended;
        if (feedback.attempt(pageProblems, "amend", () -> accountability.amendFollowUp(id, amendment, currentUser.username()))) {
            feedback.notice(messages.get("accountability.amended", Long.toString(id)));
            amendment = null;
        }
        records = accountability.all();
    }

    public AccountabilityDecision[] getDecisions() {
        return AccountabilityDecision.values();
    }

    public List<ResultsService.CycleView> getCycles() {
        return cycles;
    }

    public List<RankedAgency> getAgencies() {
        return agencies;
    }

    public List<RectificationTask> getFailedTasks() {
        return failedTasks;
    }

    public List<AccountabilityRecord> getRecords() {
        return records;
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public void setResponsibleUnit(String responsibleUnit) {
        this.responsibleUnit = responsibleUnit;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String decidedOn) {
        this.decidedOn = decidedOn;
    }

    public Long getAmended() {
        return amended;
    }

    public void setAmended(Long amended) {
        this.amended = amended;
    }

    public String getAmendment() {
        return amendment;
    }

    public void setAmendment(String amendment) {
        this.amendment = amendment;
    }

    public FormFeedback getFeedback() {
        return feedback;
    }
}
