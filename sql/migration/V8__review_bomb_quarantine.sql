-- Review-bomb quarantine: a window of one agency's appraisals that arrived too fast and too low
-- against the agency's own recent history. Its appraisals are held (and so out of every score)
-- until a moderator confirms the window (they are rejected as coordinated) or releases it.

CREATE TABLE quarantine (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  agency_id       BIGINT        NOT NULL,
  window_start    DATETIME(6)   NOT NULL,
  window_end      DATETIME(6)   NOT NULL,
  appraisals      INT           NOT NULL,
  window_mean     DECIMAL(6, 3) NOT NULL,
  baseline_mean   DECIMAL(6, 3) NULL,
  rate_ratio      DECIMAL(12, 3) NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  detected_at     DATETIME(6)   NOT NULL,
  decided_by      VARCHAR(64)   NULL,
  decided_at      DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_quarantine_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  INDEX ix_quarantine_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE appraisal ADD COLUMN quarantine_id BIGINT NULL;
ALTER TABLE appraisal ADD CONSTRAINT fk_appraisal_quarantine FOREIGN KEY (quarantine_id) REFERENCES quarantine (id);
