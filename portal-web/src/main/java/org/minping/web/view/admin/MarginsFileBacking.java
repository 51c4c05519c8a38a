package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import org.minping.core.cycle.CycleAdminService;

/** The import of the edited cycle's population margins from a statistics CSV (shares or counts). */
@Named
@ViewScoped
public class MarginsFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditedCycle cycle;

    @Inject
    transient CycleAdminService cycles;

    @Inject
    PopulationMarginsBacking marginsText;

    private transient Part file;

    public void importMargins() {
        cycle.importSheet(file, (sheet, actor) -> {
            cycle.notice("cycle.margins.imported", cycles.importMargins(cycle.code(), sheet, actor));
            marginsText.reload();
        });
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
