package org.minping.web.view.moderation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.apache.shiro.SecurityUtils;
import org.minping.moderation.queue.ConflictOfInterestException;
import org.minping.moderation.queue.ModerationQueueService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.PageProblems;

/** A moderator blanks out part of a comment: delete or mask with █, never add. */
@Named
@ViewScoped
public class RedactBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ModerationQueueService queue;

    @Inject
    transient PageProblems pageProblems;

    private String receipt;
    private String comment;
    private String problem;
    private boolean done;

    public void load() throws IOException {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        comment = receipt == null ? null : queue.comment(receipt).orElse(null);
        if (comment == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no comment to redact");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void save() {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        problem = pageProblems.first(() -> {
            queue.redact(receipt, comment, currentUser.username());
            done = true;
        }, PageProblems.when(ConflictOfInterestException.class, "flags.notRejected"));
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getProblem() {
        return problem;
    }

    public boolean isDone() {
        return done;
    }
}
