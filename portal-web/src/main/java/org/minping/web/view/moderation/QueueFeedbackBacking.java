package org.minping.web.view.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/** What the queue page says about the moderator's last action: a problem, a notice, or both from actions before. */
@Named
@ViewScoped
public class QueueFeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems problems;

    private String problem;
    private String notice;

    /** Forgets what earlier actions said, before an action that speaks for itself. */
    public void clear() {
        problem = null;
        notice = null;
    }

    public void notice(String key, Object... arguments) {
        notice = messages.get(key, arguments);
    }

    public void problem(String key) {
        problem = messages.get(key);
    }

    /**
     * Runs a moderator's action; when the core refuses it (invalid input, or one of the named
     * refusals), its first message becomes the page's problem.
     */
    public void attempt(Runnable action, PageProblems.Refusal<?>... named) {
        String refused = problems.first(action, named);
        if (refused != null) {
            problem = refused;
        }
    }

    public String getProblem() {
        return problem;
    }

    public String getNotice() {
        return notice;
    }
}
