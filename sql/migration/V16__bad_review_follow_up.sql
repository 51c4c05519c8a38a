-- Bad-review follow-up (差评回访整改): an overall rating of 1 or 2 opens a follow-up for the
-- rated agency. Its staff call the citizen back and rectify by a deadline counted in working days
-- of the official calendar; an overdue follow-up is escalated to the administrators. When it is
-- rectified the citizen may rate once more; both appraisals are kept. The agency sees the
-- appraisal's content, never its receipt or rater.
CREATE TABLE follow_up (
  id                     BIGINT         NOT NULL AUTO_INCREMENT,
  appraisal_id           BIGINT         NOT NULL,
  agency_id              BIGINT         NOT NULL,
  opened_on              DATE           NOT NULL,
  due_on                 DATE           NOT NULL,
  status                 VARCHAR(16)    NOT NULL,
  callback_at            DATETIME(6)    NULL,
  callback_by            VARCHAR(64)    NULL,
  callback_note          VARCHAR(500)   NULL,
  rectified_at           DATETIME(6)    NULL,
  rectified_by           VARCHAR(64)    NULL,
  rectification_note     VARCHAR(1000)  NULL,
  escalated_at           DATETIME(6)    NULL,
  rerating_appraisal_id  BIGINT         NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_follow_up_appraisal UNIQUE (appraisal_id),
  CONSTRAINT uk_follow_up_rerating UNIQUE (rerating_appraisal_id),
  CONSTRAINT fk_follow_up_appraisal FOREIGN KEY (appraisal_id) REFERENCES appraisal (id),
  CONSTRAINT fk_follow_up_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT fk_follow_up_rerating FOREIGN KEY (rerating_appraisal_id) REFERENCES appraisal (id),
  INDEX ix_follow_up_agency (agency_id, status, due_on),
  INDEX ix_follow_up_due (status, due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
