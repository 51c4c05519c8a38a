package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import org.minping.core.cycle.CycleAdminService;

/**
 * The imports of the edited cycle's scores from a CSV or XLSX file: the internal assessment, and
 * the statistics departments' figures. Each has its form; a request carries the file of one.
 */
@Named
@ViewScoped
public class ImportedScoresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditedCycle cycle;

    @Inject
    transient CycleAdminService cycles;

    private transient Part file;

    public void importInternalScores() {
        cycle.importSheet(file, (sheet, actor) -> cycle.notice("cycle.import.done", cycles.importInternalScores(cycle.code(), sheet, actor)));
    }

    public void importStatistics() {
        cycle.importSheet(file, (sheet, actor) -> cycle.notice("cycle.import.done", cycles.importStatistics(cycle.code(), sheet, actor)));
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
