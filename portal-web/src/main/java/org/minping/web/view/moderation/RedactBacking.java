package org.minping.web.view.moderation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.apache.shiro.SecurityUtils;
import org.minping.core.shared.InvalidInputException;
import org.minping.moderation.queue.ConflictOfInterestException;
import org.minping.moderation.queue.ModerationQueueService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.Messages;

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
    transient Messages messages;

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
        try {
            queue.redact(receipt, comment, currentUser.username());
            problem = null;
            done = true;
        } catch (InvalidInputException invalid) {
            problem = messages.of(invalid.errors().get(0));
        } catch (ConflictOfInterestException conflict) {
            problem = messages.get("flags.notRejected");
        }
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
