-- Review-bomb quarantines become groups: each row is one group of suspected appraisals of an agency
-- with the signature they share, held and decided on its own. A burst is split by its pattern (one
-- network, or scattered networks of the burst's rater levels); a slow brigade is a network, a rater
-- key or the anonymous cohort whose levels stand out over days (detection SLOW, with its p value).
-- Rows from before are whole windows: every level and rater level, no pattern.
ALTER TABLE quarantine
  ADD COLUMN detection    VARCHAR(8)  NOT NULL DEFAULT 'BURST',
  ADD COLUMN pattern      VARCHAR(16) NOT NULL DEFAULT 'WINDOW',
  ADD COLUMN pattern_key  CHAR(64)    NULL,
  ADD COLUMN levels       VARCHAR(16) NOT NULL DEFAULT '1,2,3,4,5',
  ADD COLUMN rater_levels VARCHAR(64) NOT NULL DEFAULT 'ANONYMOUS,REGISTERED,VERIFIED',
  ADD COLUMN p_value      DOUBLE      NULL;

CREATE INDEX ix_quarantine_agency_status ON quarantine (agency_id, status, window_end);
