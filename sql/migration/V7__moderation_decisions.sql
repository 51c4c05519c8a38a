-- Moderators' decisions on appraisals: who decided, when, and the reason code the author is told.
ALTER TABLE appraisal ADD COLUMN decided_by VARCHAR(64) NULL;
ALTER TABLE appraisal ADD COLUMN decided_at DATETIME(6) NULL;
ALTER TABLE appraisal ADD COLUMN decision_reason VARCHAR(32) NULL;
CREATE INDEX ix_appraisal_status_submitted ON appraisal (status, submitted_at);
