package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.rectification.RectificationOrigin;
import org.minping.core.rectification.RectificationService;
import org.minping.core.rectification.RectificationTask;
import org.minping.core.rectification.ReviewPattern;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/**
 * The evaluation office's rectification page: a published cycle's agencies, the weakest indicators
 * of the one chosen and the cycle's bad-review patterns, a form to open a task, and every task,
 * those overdue first.
 */
@Named
@ViewScoped
public class RectificationOfficeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

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

    private String cycle;
    private String agency;
    private List<ResultsService.CycleView> cycles = List.of();
    private List<RankedAgency> agencies = List.of();
    private List<RectificationService.WeakIndicator> weakest = List.of();
    private List<ReviewPattern> patterns = List.of();
    private List<RectificationTask> tasks = List.of();
    private String origin = RectificationOrigin.WEAK_INDICATOR.name();
    private String indicator;
    private String description;
    private String workingDays;
    private final FormFeedback feedback = new FormFeedback();

    public void load() {
        SecurityUtils.getSubject().checkPermission("rectification:manage");
        cycles = results.cycles().stream().filter(ResultsService.CycleView::isPublished).toList();
        if (cycles.stream().noneMatch(c -> c.code().equals(cycle))) {
            cycle = cycles.stream().findFirst().map(ResultsService.CycleView::code).orElse(null);
        }
        agencies = cycle == null ? List.of()
                : results.ranking(cycles.stream().filter(c -> c.code().equals(cycle)).findFirst().orElseThrow().publishedRunId(), null);
        if (agencies.stream().noneMatch(a -> a.agencyCode().equals(agency))) {
            agency = agencies.stream().findFirst().map(RankedAgency::agencyCode).orElse(null);
        }
        weakest = agency == null ? List.of() : rectifications.weakIndicators(cycle, agency);
        patterns = cycle == null ? List.of() : rectifications.reviewPatterns(cycle);
        indicator = weakest.stream().findFirst().map(RectificationService.WeakIndicator::code).orElse(null);
        tasks = rectifications.forOffice();
    }

    public void open() {
        SecurityUtils.getSubject().checkPermission("rectification:manage");
        RectificationService.Opening opening = new RectificationService.Opening(cycle, agency, origin, indicator, description,
                workingDays);
        if (feedback.attempt(pageProblems, "open", () -> {
            long id = rectifications.open(opening, currentUser.username());
            feedback.notice(messages.get("rectification.opened.notice", Long.toString(id)));
        })) {
            description = null;
            workingDays = null;
        }
        tasks = rectifications.forOffice();
    }

    /** The indicators the form offers: the weakest of the agency, and the indicator its bad reviews name most. */
    public List<String> getIndicatorChoices() {
        List<String> codes = new ArrayList<>(weakest.stream().map(RectificationService.WeakIndicator::code).toList());
        patterns.stream().filter(p -> p.agencyCode().equals(agency) && p.worstIndicatorCode() != null)
                .map(ReviewPattern::worstIndicatorCode).filter(code -> !codes.contains(code)).forEach(codes::add);
        return codes;
    }

    public RectificationOrigin[] getOrigins() {
        return RectificationOrigin.values();
    }

    public boolean overdue(RectificationTask task) {
        return task.overdueOn(LocalDate.now(clock));
    }

    /** A score as the office reads it: two decimals. */
    public String score(double score) {
        return String.format(java.util.Locale.ROOT, "%.2f", score);
    }

    public double getWeakBelow() {
        return RectificationService.WEAK_BELOW;
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

    public List<ResultsService.CycleView> getCycles() {
        return cycles;
    }

    public List<RankedAgency> getAgencies() {
        return agencies;
    }

    public List<RectificationService.WeakIndicator> getWeakest() {
        return weakest;
    }

    public List<ReviewPattern> getPatterns() {
        return patterns;
    }

    public List<RectificationTask> getTasks() {
        return tasks;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(String workingDays) {
        this.workingDays = workingDays;
    }

    public FormFeedback getFeedback() {
        return feedback;
    }
}
