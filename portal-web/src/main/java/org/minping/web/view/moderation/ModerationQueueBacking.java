package org.minping.web.view.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.shiro.SecurityUtils;
import org.minping.core.agency.AgencyQuery;
import org.minping.core.agency.AgencyService;
import org.minping.core.agency.AgencySummary;
import org.minping.core.appraisal.AppraisalAlreadyDecidedException;
import org.minping.core.appraisal.AppraisalPage;
import org.minping.core.appraisal.AppraisalStatus;
import org.minping.core.appraisal.AppraisalSummary;
import org.minping.core.appraisal.Channel;
import org.minping.core.appraisal.QueueFilter;
import org.minping.moderation.queue.ConflictOfInterestException;
import org.minping.moderation.queue.ModerationQueueService;
import org.minping.moderation.queue.RejectionReason;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The moderators' queue: appraisals newest first, loaded a page at a time, filtered by status,
 * agency, channel and hold reason; selected rows approved or rejected with a reason in one action.
 */
@Named
@ViewScoped
public class ModerationQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.minping.web.config.ModerationSettings settings;

    @Inject
    transient ModerationQueueService queue;

    @Inject
    transient Messages messages;

    @Inject
    transient org.minping.moderation.bomb.QuarantineService quarantines;

    private AppraisalStatus status;
    private String agency;
    private Channel channel;
    private String holdReason;
    private boolean overdueOnly;
    private java.time.LocalDateTime overdueBefore;
    private RejectionReason rejectionReason;
    private List<AppraisalSummary> selected = new ArrayList<>();
    private String problem;
    private String notice;

    private final LazyDataModel<AppraisalSummary> newest = new Appraisals();

    public void approveSelected() {
        decide(() -> queue.approve(receipts(), currentUser.username()));
    }

    public void rejectSelected() {
        if (rejectionReason == null) {
            problem = messages.get("moderation.reason.required");
            return;
        }
        decide(() -> queue.reject(receipts(), rejectionReason, currentUser.username()));
    }

    private void decide(java.util.function.IntSupplier decision) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        problem = null;
        notice = null;
        if (selected.isEmpty()) {
            problem = messages.get("moderation.select");
            return;
        }
        try {
            notice = messages.get("moderation.decided", decision.getAsInt());
            selected = new ArrayList<>();
        } catch (ConflictOfInterestException conflict) {
            problem = messages.get("moderation.conflict");
        } catch (AppraisalAlreadyDecidedException decided) {
            problem = messages.get("moderation.alreadyDecided");
        }
    }

    @Inject
    transient org.minping.core.appraisal.AppealService appeals;

    private List<org.minping.core.appraisal.AppealService.AppealView> openAppeals = List.of();
    private List<org.minping.core.appraisal.PublicComments.FlaggedComment> flaggedComments = List.of();

    @Inject
    transient org.minping.core.appraisal.PublicComments publicComments;

    @Inject
    transient org.minping.core.assessment.ScoreSheetService scoreSheets;

    private List<org.minping.core.assessment.ScoreSheetService.Sheet> pendingSheets = List.of();
    private final java.util.Map<Long, String> sheetReturnReasons = new java.util.HashMap<>();

    public List<org.minping.core.assessment.ScoreSheetService.Sheet> getPendingSheets() {
        return pendingSheets;
    }

    public java.util.Map<Long, String> getSheetReturnReasons() {
        return sheetReturnReasons;
    }

    /** Four eyes: someone of no part in the uploading organisation accepts or returns a score sheet. */
    public void decideSheet(long sheetId, boolean accept) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        problem = null;
        notice = null;
        try {
            scoreSheets.decide(sheetId, accept, sheetReturnReasons.get(sheetId), currentUser.username());
            notice = messages.get(accept ? "sheets.accepted" : "sheets.returned");
        } catch (org.minping.core.shared.InvalidInputException invalid) {
            problem = messages.of(invalid.errors().get(0));
        }
        refreshSideLists();
    }

    public List<org.minping.core.appraisal.PublicComments.FlaggedComment> getFlaggedComments() {
        return flaggedComments;
    }

    /** The flags were unfounded: the comment is shown again. */
    public void restoreComment(long appraisalId) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        problem = null;
        publicComments.restore(appraisalId, currentUser.username());
        notice = messages.get("flags.restored");
        refreshSideLists();
    }

    /** The flags were right: the appraisal is rejected with the flaggers' first reason. */
    public void rejectFlagged(String receipt, String reasons) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        problem = null;
        notice = null;
        String first = reasons == null ? "spam" : reasons.split(",")[0];
        RejectionReason reason = java.util.Arrays.stream(RejectionReason.values()).filter(r -> r.code().equals(first))
                .findFirst().orElse(RejectionReason.SPAM);
        try {
            queue.reject(List.of(receipt), reason, currentUser.username());
            notice = messages.get("flags.rejected");
        } catch (ConflictOfInterestException | org.minping.core.appraisal.AppraisalAlreadyDecidedException refused) {
            problem = messages.get("flags.notRejected");
        }
        refreshSideLists();
    }
    private java.time.LocalDate appealsOverdueIfFiledBy;
    private List<org.minping.moderation.bomb.QuarantineService.Quarantine> openQuarantines = List.of();

    /** Reads the open appeals and quarantines, when the view opens and after each action on them. */
    @jakarta.annotation.PostConstruct
    void refreshSideLists() {
        flaggedComments = publicComments.hidden();
        pendingSheets = scoreSheets.pending();
        openAppeals = appeals.open();
        appealsOverdueIfFiledBy = appeals.overdueIfFiledOnOrBefore(settings.appealSlaWorkingDays());
        openQuarantines = quarantines.open();
    }

    public List<org.minping.core.appraisal.AppealService.AppealView> getAppeals() {
        return openAppeals;
    }

    public void decideAppeal(long id, boolean overturn) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        problem = null;
        notice = null;
        try {
            appeals.decide(id, overturn, currentUser.username());
            notice = messages.get(overturn ? "appeal.overturned" : "appeal.upheld");
        } catch (org.minping.core.appraisal.AppealNotAllowedException notAllowed) {
            problem = messages.get(switch (notAllowed.why()) {
                case SAME_MODERATOR -> "appeal.sameModerator";
                case OWN_AGENCY -> "appeal.ownAgency";
                default -> "appeal.notAllowed";
            });
        }
        refreshSideLists();
    }


    /** Whether the appeal has waited past its deadline for a decision: marked overdue in the list. */
    public boolean appealOverdue(org.minping.core.appraisal.AppealService.AppealView appeal) {
        return appealsOverdueIfFiledBy != null && !appeal.filedAtUtc().toLocalDate().isAfter(appealsOverdueIfFiledBy);
    }

    public List<org.minping.moderation.bomb.QuarantineService.Quarantine> getQuarantines() {
        return openQuarantines;
    }

    /** Runs review-bomb detection, bursts and slow brigades, now instead of waiting for the next sweep. */
    public void detectNow() {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        int created = quarantines.detect().size() + quarantines.detectSlowBrigades().size();
        notice = messages.get("quarantine.detected", created);
        problem = null;
        refreshSideLists();
    }

    public void confirmQuarantine(long id) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        quarantines.confirm(id, currentUser.username());
        notice = messages.get("quarantine.confirmed");
        refreshSideLists();
    }

    public void releaseQuarantine(long id) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        quarantines.release(id, currentUser.username());
        notice = messages.get("quarantine.released");
        refreshSideLists();
    }

    private List<String> receipts() {
        return selected.stream().map(AppraisalSummary::receipt).toList();
    }


    private QueueFilter filter() {
        overdueBefore = queue.overdueBefore(settings.moderationSlaWorkingDays());
        if (overdueOnly) {
            return new QueueFilter(AppraisalStatus.HELD, agency, channel, holdReason, overdueBefore);
        }
        java.time.LocalDateTime olderThan = ageDays > 0 ? java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusDays(ageDays) : null;
        return new QueueFilter(status, agency, channel, holdReason, olderThan);
    }

    /** Only items waiting longer than this many days (0: any age). */
    private int ageDays;

    public int getAgeDays() {
        return ageDays;
    }

    public void setAgeDays(int ageDays) {
        this.ageDays = Math.max(0, ageDays);
    }


    /** A held appraisal past its service level. */
    public boolean isOverdue(AppraisalSummary item) {
        return item.status() == AppraisalStatus.HELD && overdueBefore != null
                && item.submittedAtUtc().isBefore(overdueBefore);
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public LazyDataModel<AppraisalSummary> getNewest() {
        return newest;
    }

    public AppraisalStatus[] getStatuses() {
        return AppraisalStatus.values();
    }

    @Inject
    transient AgencyService agencyDirectory;

    private List<AgencySummary> agencyChoices;

    /** The agencies to filter by, picked by name: read once per view, in the directory's order. */
    public List<AgencySummary> getAgencies() {
        if (agencyChoices == null) {
            agencyChoices = agencyDirectory.search(AgencyQuery.all());
        }
        return agencyChoices;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public RejectionReason[] getRejectionReasons() {
        return RejectionReason.values();
    }

    public List<String> getHoldReasons() {
        return java.util.Arrays.stream(org.minping.moderation.rules.HoldReason.values())
                .map(org.minping.moderation.rules.HoldReason::code).toList();
    }

    public AppraisalStatus getStatus() {
        return status;
    }

    public void setStatus(AppraisalStatus status) {
        this.status = status;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
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

    public String getProblem() {
        return problem;
    }

    public String getNotice() {
        return notice;
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
