-- A follow-up stands for its appraisal, so moderation moves it along:
--   PENDING   the appraisal is held for a moderator; the agency does not see it and no deadline runs
--             (a held review may be spam or carry personal data a moderator has still to remove);
--   OPEN, ANSWERED, RECTIFIED as before, once the appraisal is published or approved;
--   CLOSED    the appraisal was rejected or withdrawn before the agency rectified: who, when and why
--             (the rejection's reason code, or 'withdrawn') are kept. An appeal that overturns the
--             rejection reopens it with a new deadline.
ALTER TABLE follow_up ADD COLUMN closed_at DATETIME(6) NULL;
ALTER TABLE follow_up ADD COLUMN closed_by VARCHAR(64) NULL;
ALTER TABLE follow_up ADD COLUMN closed_reason VARCHAR(32) NULL;

-- Follow-ups already left behind by a rejection or a withdrawal are closed with the appraisal's own
-- decision (the portal's audit chain records the closings it makes from now on).
UPDATE follow_up f JOIN appraisal a ON a.id = f.appraisal_id
SET f.status = 'CLOSED', f.closed_at = COALESCE(a.decided_at, UTC_TIMESTAMP(6)), f.closed_by = COALESCE(a.decided_by, 'system'),
    f.closed_reason = CASE WHEN a.status = 'WITHDRAWN' THEN 'withdrawn' ELSE COALESCE(a.decision_reason, 'rejected') END
WHERE a.status IN ('REJECTED', 'WITHDRAWN') AND f.status IN ('OPEN', 'ANSWERED');

-- Bad reviews held at intake and not yet touched wait for their moderator. Quarantined ones were
-- published first, and their follow-up stays open behind the quarantine.
UPDATE follow_up f JOIN appraisal a ON a.id = f.appraisal_id
SET f.status = 'PENDING'
WHERE a.status = 'HELD' AND a.quarantine_id IS NULL AND f.status = 'OPEN' AND f.callback_at IS NULL;
