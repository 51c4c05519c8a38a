package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import org.minping.core.cycle.CycleAdminService;

/** The import of the edited cycle's internal assessment scores from a CSV or XLSX file. */
@Named
@ViewScoped
public class InternalScoresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditedCycle cycle;

    @Inject
    transient CycleAdminService cycles;

    private transient Part file;

    public void importScores() {
        cycle.importSheet(file, (sheet, actor) -> cycle.notice("cycle.import.done", cycles.importInternalScores(cycle.code(), sheet, actor)));
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
