package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.minping.core.cycle.CycleAdminService;
import org.minping.web.security.UploadChecks;

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
        cycle.change(actor -> {
            if (file == null || file.getSize() == 0) {
                cycle.problem("cycle.import.choose");
                return;
            }
            if (file.getSize() > UploadChecks.MAX_BYTES) {
                cycle.problem("cycle.import.tooLarge");
                return;
            }
            // Text judged by its bytes and decoded as strict UTF-8 (or a workbook's first sheet), as every upload.
            try (InputStream in = file.getInputStream()) {
                String text = UploadChecks.sheetText(in.readNBytes((int) UploadChecks.MAX_BYTES + 1), "file");
                int stored = cycles.importMargins(cycle.code(), new StringReader(text), actor);
                cycle.notice("cycle.margins.imported", stored);
                marginsText.reload();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
