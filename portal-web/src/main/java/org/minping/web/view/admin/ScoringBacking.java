package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.cycle.CycleRepository;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.evaluation.RunProgress;
import org.minping.core.evaluation.RunSummary;
import org.minping.core.evaluation.ScoringInputAssembler;
import org.minping.core.evaluation.ScoringRunService;
import org.minping.core.evaluation.WeightingCheck;
import org.minping.core.evaluation.WeightingReadiness;
import org.minping.core.scoring.Agreement;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;
import org.primefaces.PrimeFaces;

/** The administrators' scoring desk: start a run, follow it, review its ranking, publish it. */
@Named
@ViewScoped
public class ScoringBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ScoringRunService scoring;

    @Inject
    transient ResultsService results;

    @Inject
    transient Messages messages;

    @Inject
    transient ScoringInputAssembler assembler;

    @Inject
    transient CycleRepository cycleRepository;

    @Inject
    transient WeightingCheck weightingCheck;

    @Inject
    transient PageProblems pageProblems;

    private String cycle;
    private String ticket;
    private Long selectedRun;
    private String problem;

    private List<ResultsService.CycleView> cycles = List.of();
    private List<RunSummary> runs = List.of();
    private List<RankedAgency> ranking = List.of();
    private List<Agreement> lowAgreements = List.of();
    private WeightingReadiness weighting;

    public void load() {
        cycles = results.cycles();
        if (cycle == null) {
            cycle = cycles.stream().findFirst().map(ResultsService.CycleView::code).orElse(null);
        }
        refresh();
        readAgreements();
        readWeighting();
        if (selectedRun == null) {
            selectedRun = runs.stream().findFirst().map(RunSummary::id).orElse(null);
            refresh();
        }
    }

    /** Reads the runs and the selected run's ranking again, after anything that may change them. */
    public void refresh() {
        runs = cycle == null ? List.of() : results.runs(cycle);
        ranking = selectedRun == null ? List.of() : results.ranking(selectedRun, null);
    }

    /** Another cycle was chosen: show its runs, and its newest run's ranking. */
    public void cycleChanged() {
        problem = null;
        selectedRun = null;
        runs = cycle == null ? List.of() : results.runs(cycle);
        selectedRun = runs.stream().findFirst().map(RunSummary::id).orElse(null);
        refresh();
        readAgreements();
        readWeighting();
    }

    /** Panels whose agreement is low, so the administrator looks into them before running. */
    private void readAgreements() {
        lowAgreements = cycle == null ? List.of() : cycleRepository.findByCode(cycle).map(assembler::agreements).orElse(List.of())
                .stream().filter(Agreement::low).toList();
    }

    /** Whether the cycle's appraisals can be weighted to its margins, told before the run. */
    private void readWeighting() {
        weighting = cycle == null || cycleRepository.findByCode(cycle).isEmpty() ? null : weightingCheck.of(cycle);
    }

    /** True when the cycle has margins its appraisals cannot be weighted to: the page warns and offers a run without weighting. */
    public boolean isUnweightable() {
        return weighting != null && !weighting.weightable();
    }

    /** The warning's numbers: counted appraisals, how many state a region, an age band, every weighting variable. */
    public String getWeightingNumbers() {
        return weighting == null ? "" : messages.get("scoring.weighting.numbers", weighting.appraisals(), weighting.statingRegion(),
                weighting.statingAgeBand(), weighting.statingAll());
    }

    /** Why raking would fail, as the failed run would say it. */
    public String getWeightingReason() {
        return isUnweightable() ? messages.of(weighting.problem()) : "";
    }

    /** The administrator's explicit choice: a run without population weighting, recorded as such. */
    public void startUnweighted() {
        SecurityUtils.getSubject().checkPermission("scoring:run");
        problem = pageProblems.first(() -> ticket = scoring.startUnweighted(cycle, currentUser.username()));
        if (problem != null) {
            ticket = null;
        } else {
            // The page starts following the run only when there is one to follow.
            PrimeFaces.current().ajax().addCallbackParam("started", true);
        }
    }

    public List<Agreement> getLowAgreements() {
        return lowAgreements;
    }

    /** Starts a run; a refused one (a draft cycle) says why and leaves the progress bar still. */
    public void start() {
        SecurityUtils.getSubject().checkPermission("scoring:run");
        ticket = null;
        problem = pageProblems.first(() -> ticket = scoring.start(cycle, currentUser.username()));
        if (problem != null) {
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public int getProgress() {
        return scoring.progress(ticket).map(RunProgress::percent).orElse(ticket == null ? 0 : 100);
    }

    public String getStage() {
        return scoring.progress(ticket).map(p -> p.stage().name()).orElse("");
    }

    /** Called when the progress bar reaches 100%: show the new run, or say why it failed. */
    public void onComplete() {
        cycles = results.cycles();
        scoring.progress(ticket).ifPresent(p -> {
            if (p.stage() == RunProgress.Stage.DONE) {
                selectedRun = p.runId();
            } else {
                problem = messages.of(p.problem());
            }
        });
        refresh();
    }

    /** Publishes a run; one the cycle's state does not allow (an interim run, an open cycle) is refused with the reason. */
    public void publish(long runId) {
        SecurityUtils.getSubject().checkPermission("scoring:run");
        problem = pageProblems.first(() -> scoring.publish(runId, currentUser.username()));
        if (problem == null) {
            selectedRun = runId;
        }
        cycles = results.cycles();
        refresh();
    }

    /** The chosen cycle's state, shown beside it: runs of an open cycle are interim, only runs after closing are published. */
    public String getState() {
        return cycles.stream().filter(c -> c.code().equals(cycle)).findFirst().map(c -> c.state().name()).orElse("");
    }

    /** What publishing this run makes public, for the confirmation a person answers first. */
    public String publicationNotice(RunSummary run) {
        return messages.get("scoring.publish.confirm.message", run.id(), cycle, run.appraisals());
    }

    public List<ResultsService.CycleView> getCycles() {
        return cycles;
    }

    public List<RunSummary> getRuns() {
        return runs;
    }

    public List<RankedAgency> getRanking() {
        return ranking;
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    /** Whether the run whose ranking is shown was run without population weighting. */
    public boolean isSelectedRunUnweighted() {
        return runs.stream().anyMatch(run -> selectedRun != null && run.id() == selectedRun && run.unweighted());
    }

    public Long getSelectedRun() {
        return selectedRun;
    }

    public void setSelectedRun(Long selectedRun) {
        this.selectedRun = selectedRun;
    }

    public String getProblem() {
        return problem;
    }
}
