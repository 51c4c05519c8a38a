package org.minping.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.account.AccountService;
import org.minping.core.plan.NotLiaisonException;
import org.minping.core.plan.PlanViews;
import org.minping.core.plan.WorkPlanService;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.web.security.CurrentUser;
import org.minping.web.security.ReportFiles;
import org.minping.web.security.UploadChecks;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/**
 * An agency's own work plan on its staff's desk: everyone of the agency reads it; its liaison
 * officers report progress on tasks and file stage reports on phases, a PDF checked as every
 * upload is (size first, type from the bytes) and stored under a generated name only once the
 * report is valid.
 */
@Named
@ViewScoped
public class PlanDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient WorkPlanService plans;

    @Inject
    transient AccountService accounts;

    @Inject
    transient PageProblems pageProblems;

    @Inject
    transient Messages messages;

    private final FormFeedback feedback = new FormFeedback();
    private PlanViews.Plan plan;
    private boolean liaison;
    private String task;
    private String percent;
    private String progressNote;
    private String phase;
    private String stageNote;
    private transient Part file;

    public void load() {
        refresh();
    }

    private void refresh() {
        plan = plans.forAgency(agency()).orElse(null);
        liaison = plan != null && plans.isLiaison(plan.id(), currentUser.username());
    }

    public void reportProgress() {
        change("progress", () -> plans.reportProgress(agency(), number(task), percent, progressNote, currentUser.username()),
                "plans.progress.saved");
    }

    public void fileStageReport() {
        change("stage", () -> plans.fileStageReport(agency(), number(phase), stageNote, attachment(), currentUser.username()),
                "plans.stage.saved");
    }

    private void change(String form, Runnable step, String noticeKey) {
        feedback.clear();
        try {
            if (feedback.attempt(pageProblems, form, step)) {
                feedback.notice(messages.get(noticeKey));
            }
        } catch (NotLiaisonException notLiaison) {
            feedback.problem(messages.get("plans.notLiaison"));
        }
        refresh();
    }

    /** The optional PDF: within the upload limit and a PDF by its bytes; stored only when the core has accepted the report. */
    private WorkPlanService.Attachment attachment() {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        if (file.getSize() > UploadChecks.MAX_BYTES) {
            throw new InvalidInputException(List.of(new FieldError("file", "report.tooLarge", "the report is larger than 5 MB")));
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) UploadChecks.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > UploadChecks.MAX_BYTES) {
            throw new InvalidInputException(List.of(new FieldError("file", "report.tooLarge", "the report is larger than 5 MB")));
        }
        if (!UploadChecks.isPdf(bytes)) {
            String type = UploadChecks.detectedType(bytes);
            throw new InvalidInputException(List.of(new FieldError("file", "report.type",
                    "the report must be a PDF (it looks like " + type + ")", type)));
        }
        return new WorkPlanService.Attachment(UploadChecks.safeName(UploadChecks.multipartFileName(file.getSubmittedFileName())),
                UploadChecks.sha256(bytes), () -> ReportFiles.store(bytes));
    }

    /** Staff of no agency have no plan; every item is "not found" for them. */
    private String agency() {
        SecurityUtils.getSubject().checkPermission("plan:read-own-agency");
        return accounts.findAgencyCode(currentUser.username()).orElse("");
    }

    private static long number(String posted) {
        return posted != null && posted.matches("[0-9]{1,18}") ? Long.parseLong(posted) : -1;
    }

    public List<PlanViews.Task> getTasks() {
        return plan == null ? List.of() : plan.phases().stream().flatMap(p -> p.tasks().stream()).toList();
    }

    public FormFeedback getFeedback() {
        return feedback;
    }

    public PlanViews.Plan getPlan() {
        return plan;
    }

    public boolean isLiaison() {
        return liaison;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public String getPercent() {
        return percent;
    }

    public void setPercent(String percent) {
        this.percent = percent;
    }

    public String getProgressNote() {
        return progressNote;
    }

    public void setProgressNote(String progressNote) {
        this.progressNote = progressNote;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getStageNote() {
        return stageNote;
    }

    public void setStageNote(String stageNote) {
        this.stageNote = stageNote;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
