package org.minping.web.view.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.report.FeedbackReportBatches;
import org.minping.web.reports.FeedbackReportJobs;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.PageProblems;

/**
 * The office's feedback reports page: generates a published cycle's reports in the page's language,
 * follows the batch with a progress bar, and lists the files of the newest batch and the batches before.
 */
@Named
@ViewScoped
public class FeedbackReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ResultsService results;

    @Inject
    transient FeedbackReportBatches batches;

    @Inject
    transient FeedbackReportJobs jobs;

    @Inject
    transient PageProblems pageProblems;

    private String cycle;
    private Long runningBatch;
    private String problem;
    private List<ResultsService.CycleView> cycles = List.of();

    public void load() {
        cycles = results.cycles().stream().filter(ResultsService.CycleView::isPublished).toList();
        if (cycle == null || cycles.stream().noneMatch(c -> c.code().equals(cycle))) {
            cycle = cycles.stream().findFirst().map(ResultsService.CycleView::code).orElse(null);
        }
        runningBatch = getBatches().stream().filter(FeedbackReportBatches.Batch::isRunning).findFirst()
                .map(FeedbackReportBatches.Batch::id).orElse(null);
    }

    public void cycleChanged() {
        problem = null;
        load();
    }

    /** Starts a batch in the page's language; a refused one (not published, one running) says why. */
    public void generate() {
        SecurityUtils.getSubject().checkPermission("cycle:manage");
        problem = pageProblems.first(() -> runningBatch = jobs.start(cycle,
                FacesContext.getCurrentInstance().getViewRoot().getLocale(), currentUser.username()));
        if (problem != null) {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The running batch's share of files written, for the progress bar; 100 when none runs. */
    public int getProgress() {
        return runningBatch == null ? 100 : batches.batch(runningBatch).map(FeedbackReportBatches.Batch::percent).orElse(100);
    }

    /** Called when the progress bar is full: the batch's files are listed. */
    public void onComplete() {
        runningBatch = null;
    }

    public List<FeedbackReportBatches.Batch> getBatches() {
        return cycle == null ? List.of() : batches.batches(cycle);
    }

    /** The files of the newest finished batch, a line per track or agency with its PDF and XLSX. */
    public List<Subject> getFiles() {
        List<FeedbackReportBatches.ReportFile> files = getBatches().stream().filter(b -> "DONE".equals(b.state())).findFirst()
                .map(b -> batches.files(b.id())).orElse(List.of());
        java.util.Map<String, Subject> subjects = new java.util.LinkedHashMap<>();
        for (FeedbackReportBatches.ReportFile file : files) {
            String key = file.agencyCode() == null ? "track:" + file.trackCode() : "agency:" + file.agencyCode();
            Subject subject = subjects.computeIfAbsent(key, k -> new Subject(file.agencyCode(), file.agencyName(), file.trackCode(),
                    file.trackName(), new java.util.ArrayList<>()));
            subject.files().add(file);
        }
        return List.copyOf(subjects.values());
    }

    /** A track's or an agency's reports of a batch (agency code null for a track's). */
    public record Subject(String agencyCode, org.minping.core.shared.Localized agencyName, String trackCode,
                          org.minping.core.shared.Localized trackName, List<FeedbackReportBatches.ReportFile> files) {
    }

    public List<ResultsService.CycleView> getCycles() {
        return cycles;
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public boolean isRunning() {
        return runningBatch != null;
    }

    public String getProblem() {
        return problem;
    }
}
