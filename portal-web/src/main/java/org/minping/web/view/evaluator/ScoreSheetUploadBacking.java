package org.minping.web.view.evaluator;

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
import org.minping.core.assessment.EvaluatorService;
import org.minping.core.assessment.ScoreSheetService;
import org.minping.core.cycle.CycleState;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.shared.InvalidInputException;
import org.minping.web.security.CurrentUser;
import org.minping.web.security.SheetUploads;
import org.minping.web.security.UploadChecks;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/**
 * Evaluators upload a cycle's score sheet (CSV or XLSX), the cycle picked from those not yet published. The
 * size is limited before anything is read, the type is judged from the bytes (Apache Tika), not the
 * name, bad UTF-8 is an error, XLSX is read by streaming with POI's protections; every row problem
 * is listed; the organisation's sheets and their state are shown.
 */
@Named
@ViewScoped
public class ScoreSheetUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ScoreSheetService sheets;

    @Inject
    transient EvaluatorService evaluators;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    @Inject
    transient ResultsService results;

    private String organisation;
    private List<ResultsService.CycleView> cycles = List.of();
    private String cycle;
    private transient Part file;
    private transient Part report;
    private final FormFeedback feedback = new FormFeedback();
    private List<ScoreSheetService.Sheet> mine = List.of();

    public void load() {
        SecurityUtils.getSubject().checkPermission("assessment:upload");
        // Sheets are for the cycles under way or closed and not yet published: third parties often
        // assess after the period. The newest first, and chosen, as the other desks open on.
        cycles = results.cycles().stream().filter(c -> c.state() == CycleState.OPEN || c.state() == CycleState.CLOSED
                || c.state() == CycleState.SCORED).toList();
        cycle = cycles.stream().findFirst().map(ResultsService.CycleView::code).orElse(null);
        refresh();
    }

    /** Read once per change, not per rendering of the table. */
    private void refresh() {
        organisation = evaluators.organisationOf(currentUser.username()).orElse(null);
        mine = organisation == null ? List.of() : sheets.ofOrganisation(organisation);
    }

    public void upload() {
        SecurityUtils.getSubject().checkPermission("assessment:upload");
        feedback.clear();
        if (organisation == null) {
            feedback.problem(messages.get("evaluators.desk.noOrganisation"));
            return;
        }
        if (file == null || file.getSize() == 0) {
            feedback.problem(messages.get("cycle.import.choose"));
            return;
        }
        if (file.getSize() > UploadChecks.MAX_BYTES) {
            feedback.problem(messages.get("cycle.import.tooLarge"));
            return;
        }
        feedback.attempt(pageProblems, "upload", () -> {
            try (InputStream in = file.getInputStream()) {
                byte[] bytes = in.readNBytes((int) UploadChecks.MAX_BYTES + 1);
                String text = UploadChecks.sheetText(bytes, "file");
                byte[] pdf = reportBytes();
                ScoreSheetService.Sheet sheet = SheetUploads.store(sheets, organisation, cycle, file.getSubmittedFileName(), bytes,
                        text, pdf, pdf == null ? null : report.getSubmittedFileName(), currentUser.username());
                feedback.notice(messages.get("sheets.uploaded", sheet.version(), sheet.rows()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        refresh();
    }

    /** The optional PDF report: at most 5 MB, and a PDF by its bytes, whatever its name. */
    private byte[] reportBytes() throws IOException {
        if (report == null || report.getSize() == 0) {
            return null;
        }
        if (report.getSize() > UploadChecks.MAX_BYTES) {
            throw new InvalidInputException(java.util.List.of(new org.minping.core.shared.FieldError("report", "report.tooLarge",
                    "the report is larger than 5 MB")));
        }
        try (InputStream in = report.getInputStream()) {
            byte[] pdf = in.readNBytes((int) UploadChecks.MAX_BYTES + 1);
            if (!UploadChecks.isPdf(pdf)) {
                String type = UploadChecks.detectedType(pdf);
                throw new InvalidInputException(java.util.List.of(new org.minping.core.shared.FieldError("report", "report.type",
                        "the report must be a PDF (it looks like " + type + ")", type)));
            }
            return pdf;
        }
    }

    public Part getReport() {
        return report;
    }

    public void setReport(Part report) {
        this.report = report;
    }


    public String getOrganisation() {
        return organisation;
    }

    /** The open cycles, newest first: the entries of the page's list. */
    public List<ResultsService.CycleView> getCycles() {
        return cycles;
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public FormFeedback getFeedback() {
        return feedback;
    }

    public List<String> getProblems() {
        return feedback.getProblems();
    }

    public String getNotice() {
        return feedback.getNotice();
    }

    public List<ScoreSheetService.Sheet> getMine() {
        return mine;
    }
}
