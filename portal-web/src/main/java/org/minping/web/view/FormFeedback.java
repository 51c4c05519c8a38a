package org.minping.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minping.core.shared.InvalidInputException;

/**
 * What a page says after one of its forms was sent: every problem at the top, each also beside its
 * field ({@code form:field}, the field named as the core names it), or a notice of what was done.
 * <p>
 * A value that is not one of a list's entries (posted by hand) never reaches the core: Faces
 * refuses it while it checks the form, with the message of the bundles that names the list by its
 * label. Then the action does not run, so that message, not what the previous sending left here,
 * is what the page shows.
 */
public final class FormFeedback implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> problems = new ArrayList<>();
    private Map<String, String> fieldProblems = Map.of();
    private String notice;

    /**
     * Runs one form's change, the earlier feedback gone. When the core refuses the input, every
     * problem is kept, at the top and beside its field of {@code form} (at the top only when the
     * form is null); returns whether the change was made. Any other exception goes on to the error
     * pages.
     */
    public boolean attempt(PageProblems pageProblems, String form, Runnable change) {
        clear();
        try {
            change.run();
            return true;
        } catch (InvalidInputException invalid) {
            problems = pageProblems.of(invalid);
            Map<String, String> byField = new LinkedHashMap<>();
            if (form != null) {
                pageProblems.byField(invalid).forEach((field, message) -> byField.put(form + ":" + field, message));
            }
            fieldProblems = byField;
            return false;
        }
    }

    /** Forgets what the last sending said (another cycle or year chosen, say). */
    public void clear() {
        problems = new ArrayList<>();
        fieldProblems = Map.of();
        notice = null;
    }

    /** Adds a problem the page finds itself, in the words of the bundles. */
    public void problem(String message) {
        problems.add(message);
    }

    /** Tells what a change did. */
    public void notice(String message) {
        notice = message;
    }

    /** The problems at the top: those of the form Faces refused, or those of the core. */
    public List<String> getProblems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refused(faces)) {
            return faces.getMessageList().stream().map(FacesMessage::getSummary).toList();
        }
        return problems;
    }

    /** The problem with one field of one form, or an empty string. */
    public String problem(String form, String field) {
        String refusal = facesRefusal(form + ":" + field);
        return refusal != null ? refusal : fieldProblems.getOrDefault(form + ":" + field, "");
    }

    /**
     * What Faces said of one component of the form just sent when it refused the form (a value that
     * is not an entry of the component's list), or null when it did not refuse it. Forms that keep
     * their own feedback (the public appraisal form) read Faces' refusal here too.
     */
    public static String facesRefusal(String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!refused(faces)) {
            return null;
        }
        return String.join(" ", faces.getMessageList(clientId).stream().map(FacesMessage::getSummary).toList());
    }

    /** What the last change did; nothing when Faces refused the form. */
    public String getNotice() {
        return refused(FacesContext.getCurrentInstance()) ? null : notice;
    }

    /** Whether Faces refused the form just sent: the action did not run, so what it showed last time is stale. */
    public boolean isRefused() {
        return refused(FacesContext.getCurrentInstance());
    }

    private static boolean refused(FacesContext faces) {
        return faces != null && faces.isValidationFailed();
    }
}
