package org.minping.web.view.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.shiro.SecurityUtils;
import org.minping.core.rectification.RectificationNotFoundException;
import org.minping.core.rectification.RectificationService;
import org.minping.core.rectification.RectificationTask;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/** The office reviews one task: its plan and evidence; closes it, or sends it back with a reason. */
@Named
@ViewScoped
public class RectificationReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient RectificationService rectifications;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    @Inject
    transient Clock clock;

    private long id;
    private RectificationTask task;
    private String reason;
    private final FormFeedback feedback = new FormFeedback();

    public void load() throws IOException {
        SecurityUtils.getSubject().checkPermission("rectification:manage");
        try {
            task = rectifications.get(id);
        } catch (RectificationNotFoundException notFound) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such rectification task");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void close() {
        review(() -> rectifications.close(id, reason, currentUser.username()), "rectification.closed.notice");
    }

    public void reopen() {
        review(() -> rectifications.reopen(id, reason, currentUser.username()), "rectification.reopened.notice");
    }

    private void review(Runnable step, String notice) {
        SecurityUtils.getSubject().checkPermission("rectification:manage");
        if (feedback.attempt(pageProblems, "review", step)) {
            feedback.notice(messages.get(notice));
            reason = null;
        }
        task = rectifications.get(id);
    }

    public boolean isOverdue() {
        return task != null && task.overdueOn(LocalDate.now(clock));
    }

    /** Sent back or overdue: the office may hold the agency to account for it. */
    public boolean isFailed() {
        return task != null && task.failedOn(LocalDate.now(clock));
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public RectificationTask getTask() {
        return task;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public FormFeedback getFeedback() {
        return feedback;
    }
}
