package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.shiro.SecurityUtils;
import org.minping.core.cycle.CycleRepository;
import org.minping.web.security.CurrentUser;
import org.minping.web.security.UploadChecks;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/**
 * The cycle whose settings page is open, shared by the page's forms: its code from the view
 * parameter, the page's one feedback area, and how a form applies a change as the signed-in
 * administrator.
 */
@Named
@ViewScoped
public class EditedCycle implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient CycleRepository cycles;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    private String code;
    private org.minping.core.cycle.CycleState state;
    private final FormFeedback feedback = new FormFeedback();

    /**
     * A missing or unknown code answers 404 here, through the exception handler, before any form
     * reads the cycle while the page renders.
     */
    public void load() {
        state = cycles.getByCode(code).state();
    }

    /** The cycle's state when the page was opened; forms of frozen settings are shown but not saved. */
    public String getState() {
        return state.name();
    }

    /** Whether the parameters, margins and source weights are fixed (the cycle has opened). */
    public boolean isFrozen() {
        return state.settingsFrozen();
    }

    /**
     * Applies one form's change, given the administrator's user name: the last feedback goes, and
     * input the services refuse shows every problem instead of a notice.
     */
    public void change(Consumer<String> change) {
        change(null, change);
    }

    /** As {@link #change(Consumer)}, for a form that also shows each problem beside its field. */
    public void change(String form, Consumer<String> change) {
        SecurityUtils.getSubject().checkPermission("cycle:manage");
        feedback.attempt(pageProblems, form, () -> change.accept(currentUser.username()));
        // Another administrator may have opened the cycle since this page was shown.
        state = cycles.getByCode(code).state();
    }

    /** An import of the text of an uploaded sheet, as the administrator. */
    @FunctionalInterface
    public interface SheetImport {
        void read(Reader sheet, String actor) throws IOException;
    }

    /**
     * Applies an upload as {@link #change}: a missing or too large file is named; the text is judged
     * by its bytes and read as strict UTF-8 CSV or a workbook's first sheet, with the protections of
     * every upload ({@link UploadChecks}).
     */
    public void importSheet(Part file, SheetImport importer) {
        change(actor -> {
            if (file == null || file.getSize() == 0) {
                problem("cycle.import.choose");
                return;
            }
            if (file.getSize() > UploadChecks.MAX_BYTES) {
                problem("cycle.import.tooLarge");
                return;
            }
            try (InputStream in = file.getInputStream()) {
                importer.read(new StringReader(UploadChecks.sheetText(in.readNBytes((int) UploadChecks.MAX_BYTES + 1), "file")), actor);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Tells what a change did, from the bundles. */
    public void notice(String key, Object... arguments) {
        feedback.notice(messages.get(key, arguments));
    }

    /** Names a problem the form finds before calling a service, from the bundles. */
    public void problem(String key) {
        feedback.problem(messages.get(key));
    }

    public String code() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
}
