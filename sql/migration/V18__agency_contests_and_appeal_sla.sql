-- Agencies contest a review as malicious (恶意差评) through the appeal flow: the same table, another
-- kind. One appeal of each kind per appraisal: an author may still appeal after a contest rejected
-- the review. A contest is GRANTED (the review is rejected as malicious) or DENIED; an author's
-- appeal stays UPHELD (the rejection stands) or OVERTURNED.
ALTER TABLE appeal ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'AUTHOR';
ALTER TABLE appeal ADD COLUMN filed_by VARCHAR(64) NULL;
ALTER TABLE appeal ADD CONSTRAINT uk_appeal_appraisal_kind UNIQUE (appraisal_id, kind);
ALTER TABLE appeal DROP INDEX uk_appeal_appraisal;
