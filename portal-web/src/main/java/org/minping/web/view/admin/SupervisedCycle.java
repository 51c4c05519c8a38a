package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;
import org.apache.shiro.SecurityUtils;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.supervision.CheckableScore;
import org.minping.core.supervision.SupervisionRecordView;
import org.minping.core.supervision.SupervisionService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/**
 * The cycle whose supervision records the page shows (view parameter {@code cycle}, the newest
 * cycle by default), the page's one feedback area, and how its forms change something as the
 * signed-in office member: readers with audit:read see the records, only supervision:record changes them.
 */
@Named
@ViewScoped
public class SupervisedCycle implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient SupervisionService supervision;

    @Inject
    transient ResultsService results;

    @Inject
    transient PageProblems pageProblems;

    @Inject
    transient Messages messages;

    private String cycle;
    private List<ResultsService.CycleView> cycles = List.of();
    private List<SupervisionRecordView> records = List.of();
    private List<CheckableScore> scores = List.of();
    private final FormFeedback feedback = new FormFeedback();

    /** An unknown cycle code answers 404 through the exception handler. */
    public void load() {
        cycles = results.cycles();
        if (cycle == null || cycle.isBlank()) {
            cycle = cycles.stream().findFirst().map(ResultsService.CycleView::code).orElse(null);
        }
        reload();
    }

    private void reload() {
        records = cycle == null ? List.of() : supervision.records(cycle);
        scores = cycle == null ? List.of() : supervision.checkableScores(cycle);
    }

    /** Applies one form's change as the signed-in office member; refused input is named beside its field and nothing changes. */
    public boolean change(String form, Consumer<String> change) {
        SecurityUtils.getSubject().checkPermission("supervision:record");
        boolean done = feedback.attempt(pageProblems, form, () -> change.accept(currentUser.username()));
        reload();
        return done;
    }

    /** Tells what a change did, from the bundles. */
    public void notice(String key, Object... arguments) {
        feedback.notice(messages.get(key, arguments));
    }

    public boolean isRecorder() {
        return currentUser.isPermitted("supervision:record");
    }

    /** The items flagged not authentic and not yet resolved, for the resolution form. */
    public List<SupervisionRecordView.Item> getFlagged() {
        return records.stream().flatMap(r -> r.items().stream()).filter(SupervisionRecordView.Item::flagged).toList();
    }

    /** The agency an item's record is about, for the resolution list's labels. */
    public SupervisionRecordView recordOf(long itemId) {
        return records.stream().filter(r -> r.items().stream().anyMatch(i -> i.id() == itemId)).findFirst().orElse(null);
    }

    public String code() {
        return cycle;
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public List<ResultsService.CycleView> getCycles() {
        return cycles;
    }

    public List<SupervisionRecordView> getRecords() {
        return records;
    }

    public List<CheckableScore> getScores() {
        return scores;
    }

    public FormFeedback getFeedback() {
        return feedback;
    }
}
