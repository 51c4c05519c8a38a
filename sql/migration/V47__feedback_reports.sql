-- Feedback reports 结果反馈: after publication the evaluation office generates, for the personnel and
-- statistics departments, one report per agency and one per pilot track of the published run, as PDF
-- and XLSX. A batch is generated in the background; its progress is the count of files written, read
-- from here so that any node can show it. Files live outside the web root under generated names.
CREATE TABLE feedback_report_batch (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  cycle_id      BIGINT       NOT NULL,
  run_id        BIGINT       NOT NULL,
  language      VARCHAR(8)   NOT NULL,
  requested_by  VARCHAR(64)  NOT NULL,
  requested_at  DATETIME(6)  NOT NULL,
  total_files   INT          NOT NULL,
  done_files    INT          NOT NULL DEFAULT 0,
  state         VARCHAR(16)  NOT NULL,
  failure       VARCHAR(255) NULL,
  finished_at   DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_feedback_batch_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  CONSTRAINT fk_feedback_batch_run FOREIGN KEY (run_id) REFERENCES scoring_run (id),
  CONSTRAINT ck_feedback_batch_state CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
  CONSTRAINT ck_feedback_batch_language CHECK (language IN ('zh', 'en')),
  INDEX ix_feedback_batch_cycle (cycle_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One file of a batch: an agency's report (agency_id set) or a track's (agency_id NULL).
CREATE TABLE feedback_report (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  batch_id    BIGINT       NOT NULL,
  agency_id   BIGINT       NULL,
  track_code  VARCHAR(32)  NOT NULL,
  format      VARCHAR(8)   NOT NULL,
  file_name   VARCHAR(64)  NOT NULL,
  bytes       BIGINT       NOT NULL,
  sha256      CHAR(64)     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_feedback_report_batch FOREIGN KEY (batch_id) REFERENCES feedback_report_batch (id),
  CONSTRAINT fk_feedback_report_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT ck_feedback_report_format CHECK (format IN ('PDF', 'XLSX')),
  CONSTRAINT uk_feedback_report_file UNIQUE (file_name),
  INDEX ix_feedback_report_agency (agency_id, batch_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
