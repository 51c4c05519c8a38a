package org.minping.web.view.moderation;

import static org.minping.web.view.PageProblems.when;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.apache.shiro.SecurityUtils;
import org.minping.core.appraisal.AppraisalAlreadyDecidedException;
import org.minping.core.appraisal.AppraisalPage;
import org.minping.core.appraisal.AppraisalStatus;
import org.minping.core.appraisal.AppraisalSummary;
import org.minping.core.appraisal.QueueFilter;
import org.minping.moderation.queue.ConflictOfInterestException;
import org.minping.moderation.queue.ModerationQueueService;
import org.minping.moderation.queue.RejectionReason;
import org.minping.web.config.ModerationSettings;
import org.minping.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The moderators' queue: appraisals newest first, loaded a page at a time as the filters ask;
 * selected rows approved or rejected with a reason in one action.
 */
@Named
@ViewScoped
public class AppraisalQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModerationSettings settings;

    @Inject
    QueueFilterBacking filters;

    @Inject
    QueueFeedbackBacking feedback;

    @Inject
    transient ModerationQueueService queue;

    private LocalDateTime overdueBefore;
    private RejectionReason rejectionReason;
    private List<AppraisalSummary> selected = new ArrayList<>();

    private final LazyDataModel<AppraisalSummary> newest = new Appraisals();

    public void approveSelected() {
        decide(() -> queue.approve(receipts(), currentUser.username()));
    }

    public void rejectSelected() {
        if (rejectionReason == null) {
            feedback.problem("moderation.reason.required");
            return;
        }
        decide(() -> queue.reject(receipts(), rejectionReason, currentUser.username()));
    }

    private void decide(IntSupplier decision) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        feedback.clear();
        if (selected.isEmpty()) {
            feedback.problem("moderation.select");
            return;
        }
        feedback.attempt(() -> {
            feedback.notice("moderation.decided", decision.getAsInt());
            selected = new ArrayList<>();
        }, when(ConflictOfInterestException.class, "moderation.conflict"),
                when(AppraisalAlreadyDecidedException.class, "moderation.alreadyDecided"));
    }

    private List<String> receipts() {
        return selected.stream().map(AppraisalSummary::receipt).toList();
    }

    /** The filters as asked, with the service level's cut-off of now, which also marks the overdue rows. */
    private QueueFilter filter() {
        overdueBefore = queue.overdueBefore(settings.moderationSlaWorkingDays());
        return filters.toFilter(overdueBefore);
    }

    /** A held appraisal past its service level. */
    public boolean isOverdue(AppraisalSummary item) {
        return item.status() == AppraisalStatus.HELD && overdueBefore != null
                && item.submittedAtUtc().isBefore(overdueBefore);
    }

    public LazyDataModel<AppraisalSummary> getNewest() {
        return newest;
    }

    public RejectionReason[] getRejectionReasons() {
        return RejectionReason.values();
    }

    public RejectionReason getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(RejectionReason rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    public List<AppraisalSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<AppraisalSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    private final class Appraisals extends LazyDataModel<AppraisalSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queue.count(filter()));
        }

        @Override
        public List<AppraisalSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            AppraisalPage page = queue.search(filter(), first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(AppraisalSummary appraisal) {
            return appraisal.receipt();
        }

        /** Selected rows come back as receipts; they are rows of the page on screen. */
        @Override
        @SuppressWarnings("unchecked")
        public AppraisalSummary getRowData(String rowKey) {
            Object page = getWrappedData();
            if (!(page instanceof List<?> rows)) {
                return null;
            }
            return ((List<AppraisalSummary>) rows).stream().filter(a -> a.receipt().equals(rowKey)).findFirst().orElse(null);
        }
    }
}
