package org.minping.web.view.moderation;

import static org.minping.web.view.PageProblems.when;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.appraisal.AppraisalAlreadyDecidedException;
import org.minping.core.appraisal.PublicComments;
import org.minping.core.appraisal.PublicComments.FlaggedComment;
import org.minping.moderation.queue.ConflictOfInterestException;
import org.minping.moderation.queue.ModerationQueueService;
import org.minping.moderation.queue.RejectionReason;
import org.minping.web.security.CurrentUser;

/** Comments that readers' reports have hidden: shown again, or their appraisals rejected. */
@Named
@ViewScoped
public class FlaggedCommentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    QueueFeedbackBacking feedback;

    @Inject
    transient PublicComments publicComments;

    @Inject
    transient ModerationQueueService queue;

    @Inject
    transient Event<QueueListsChanged> listsChanged;

    private List<FlaggedComment> flaggedComments = List.of();

    @PostConstruct
    void read() {
        flaggedComments = publicComments.hidden();
    }

    void reread(@Observes(notifyObserver = Reception.IF_EXISTS) QueueListsChanged changed) {
        read();
    }

    /** The flags were unfounded: the comment is shown again. */
    public void restoreComment(long appraisalId) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        feedback.clear();
        publicComments.restore(appraisalId, currentUser.username());
        feedback.notice("flags.restored");
        listsChanged.fire(new QueueListsChanged());
    }

    /** The flags were right: the appraisal is rejected with the flaggers' first reason. */
    public void rejectFlagged(String receipt, String reasons) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        feedback.clear();
        String first = reasons == null ? "spam" : reasons.split(",")[0];
        RejectionReason reason = Arrays.stream(RejectionReason.values()).filter(r -> r.code().equals(first))
                .findFirst().orElse(RejectionReason.SPAM);
        feedback.attempt(() -> {
            queue.reject(List.of(receipt), reason, currentUser.username());
            feedback.notice("flags.rejected");
        }, when(ConflictOfInterestException.class, "flags.notRejected"),
                when(AppraisalAlreadyDecidedException.class, "flags.notRejected"));
        listsChanged.fire(new QueueListsChanged());
    }

    public List<FlaggedComment> getFlaggedComments() {
        return flaggedComments;
    }
}
