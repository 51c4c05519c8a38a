-- Rectification tasks (整改) the evaluation office opens after a cycle's publication, from a weak
-- indicator of an agency in the published run or from a pattern of bad reviews, with a deadline in
-- working days; the agency writes its plan and uploads evidence, the office closes or reopens.
CREATE TABLE rectification_task (
  id               BIGINT         NOT NULL AUTO_INCREMENT,
  cycle_id         BIGINT         NOT NULL,
  agency_id        BIGINT         NOT NULL,
  indicator_code   VARCHAR(48)    NULL,
  origin           VARCHAR(16)    NOT NULL,
  description      VARCHAR(1000)  NOT NULL,
  working_days     INT            NOT NULL,
  opened_on        DATE           NOT NULL,
  due_on           DATE           NOT NULL,
  status           VARCHAR(20)    NOT NULL,
  opened_by        VARCHAR(64)    NOT NULL,
  opened_at        DATETIME(6)    NOT NULL,
  plan_text        VARCHAR(2000)  NULL,
  plan_by          VARCHAR(64)    NULL,
  plan_at          DATETIME(6)    NULL,
  review_reason    VARCHAR(500)   NULL,
  reviewed_by      VARCHAR(64)    NULL,
  reviewed_at      DATETIME(6)    NULL,
  closed_at        DATETIME(6)    NULL,
  reopened         INT            NOT NULL DEFAULT 0,
  escalated_at     DATETIME(6)    NULL,
  PRIMARY KEY (id),
  INDEX ix_rectification_task_agency (agency_id, status),
  INDEX ix_rectification_task_cycle (cycle_id, agency_id),
  CONSTRAINT fk_rectification_task_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  CONSTRAINT fk_rectification_task_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT ck_rectification_task_origin CHECK (origin IN ('WEAK_INDICATOR', 'REVIEW_PATTERN')),
  CONSTRAINT ck_rectification_task_status CHECK (status IN ('OPEN', 'PLAN_SUBMITTED', 'EVIDENCE_SUBMITTED', 'CLOSED', 'REOPENED')),
  CONSTRAINT ck_rectification_task_days CHECK (working_days BETWEEN 1 AND 120)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Evidence files: stored outside the web root under generated names, checked to be PDFs by their bytes.
CREATE TABLE rectification_evidence (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  task_id       BIGINT        NOT NULL,
  stored_name   VARCHAR(64)   NOT NULL,
  file_name     VARCHAR(200)  NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  uploaded_by   VARCHAR(64)   NOT NULL,
  uploaded_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_rectification_evidence_file UNIQUE (stored_name),
  CONSTRAINT fk_rectification_evidence_task FOREIGN KEY (task_id) REFERENCES rectification_task (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Accountability records (问责) of the office, on a published result of an agency and optionally a
-- failed rectification task (reopened or overdue); auditors read them.
CREATE TABLE accountability_record (
  id                BIGINT         NOT NULL AUTO_INCREMENT,
  cycle_id          BIGINT         NOT NULL,
  agency_id         BIGINT         NOT NULL,
  task_id           BIGINT         NULL,
  decision          VARCHAR(32)    NOT NULL,
  reason            VARCHAR(1000)  NOT NULL,
  responsible_unit  VARCHAR(200)   NOT NULL,
  follow_up         VARCHAR(1000)  NULL,
  decided_on        DATE           NOT NULL,
  created_by        VARCHAR(64)    NOT NULL,
  created_at        DATETIME(6)    NOT NULL,
  updated_by        VARCHAR(64)    NULL,
  updated_at        DATETIME(6)    NULL,
  version           INT            NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_accountability_record_cycle (cycle_id, agency_id),
  CONSTRAINT fk_accountability_record_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  CONSTRAINT fk_accountability_record_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT fk_accountability_record_task FOREIGN KEY (task_id) REFERENCES rectification_task (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
