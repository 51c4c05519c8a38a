package org.minping.moderation.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.minping.core.account.AccountService;
import org.minping.core.appraisal.AppraisalModerationService;
import org.minping.core.appraisal.AppraisalPage;
import org.minping.core.appraisal.AppraisalQueryService;
import org.minping.core.appraisal.Decision;
import org.minping.core.appraisal.QueueFilter;

/**
 * The moderators' queue: filtered lists of appraisals and decisions on them, one or many at a
 * time. Nobody decides about an agency they belong to. Callers check appraisal:moderate first.
 */
@ApplicationScoped
public class ModerationQueueService {

    @Inject
    AppraisalQueryService appraisals;

    @Inject
    AppraisalModerationService moderation;

    @Inject
    AccountService accounts;

    @Inject
    org.minping.core.calendar.CalendarService calendar;

    @Inject
    java.time.Clock clock;

    /**
     * The moment before which a held appraisal has waited longer than the service level allows:
     * received on a day whose deadline of {@code slaWorkingDays} working days has passed.
     */
    public java.time.LocalDateTime overdueBefore(int slaWorkingDays) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return calendar.calendar().lastDayOverdueOn(today, slaWorkingDays).plusDays(1).atStartOfDay();
    }

    public AppraisalPage search(QueueFilter filter, int first, int pageSize) {
        return appraisals.newest(filter, first, pageSize);
    }

    public long count(QueueFilter filter) {
        return appraisals.count(filter);
    }

    public int approve(List<String> receipts, String moderator) {
        checkNoConflict(receipts, moderator);
        return moderation.decide(receipts, Decision.APPROVE, null, moderator);
    }

    public int reject(List<String> receipts, RejectionReason reason, String moderator) {
        if (reason == null) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        checkNoConflict(receipts, moderator);
        return moderation.decide(receipts, Decision.REJECT, reason.code(), moderator);
    }

    /** Redacts a comment; not about one's own agency either. */
    public void redact(String receipt, String redacted, String moderator) {
        checkNoConflict(List.of(receipt), moderator);
        moderation.redact(receipt, redacted, moderator);
    }

    /** The comment as stored, for the redaction form. */
    public Optional<String> comment(String receipt) {
        return moderation.comment(receipt);
    }

    private void checkNoConflict(List<String> receipts, String moderator) {
        Optional<String> ownAgency = accounts.findAgencyCode(moderator);
        if (ownAgency.isPresent() && moderation.agenciesOf(receipts).contains(ownAgency.get())) {
            throw new ConflictOfInterestException(ownAgency.get());
        }
    }
}
