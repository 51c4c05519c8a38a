-- Visitors flag a public comment with a reason; at minping.moderation.flags-to-hide flags (default
-- 3) from different raters the comment is hidden from the public pages until a moderator restores
-- it or rejects the appraisal. Flaggers are kept only as rater keys (HMAC), one flag each.
CREATE TABLE comment_flag (
  appraisal_id  BIGINT       NOT NULL,
  flagger_key   CHAR(64)     NOT NULL,
  reason        VARCHAR(16)  NOT NULL,
  flagged_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (appraisal_id, flagger_key),
  CONSTRAINT fk_comment_flag_appraisal FOREIGN KEY (appraisal_id) REFERENCES appraisal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE appraisal ADD COLUMN comment_hidden BOOLEAN NOT NULL DEFAULT FALSE;

-- Pre-moderation: an administrator can hold everything submitted about an agency, or everything
-- submitted while a cycle's period runs, for a moderator (the rules still run and name reasons).
ALTER TABLE agency ADD COLUMN pre_moderation BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE evaluation_cycle ADD COLUMN pre_moderation BOOLEAN NOT NULL DEFAULT FALSE;
