-- Score sheets of third-party evaluators: one sheet per upload, versioned per organisation and
-- cycle, PENDING until someone other than its uploader accepts or returns it (four eyes); only the
-- latest accepted version of an organisation's sheet reaches scoring, as the THIRD_PARTY source.
CREATE TABLE score_sheet (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  org_id         BIGINT        NOT NULL,
  cycle_id       BIGINT        NOT NULL,
  version        INT           NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  file_name      VARCHAR(255)  NOT NULL,
  file_sha256    CHAR(64)      NOT NULL,
  uploaded_by    VARCHAR(64)   NOT NULL,
  uploaded_at    DATETIME(6)   NOT NULL,
  decided_by     VARCHAR(64)   NULL,
  decided_at     DATETIME(6)   NULL,
  return_reason  VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_score_sheet_version UNIQUE (org_id, cycle_id, version),
  CONSTRAINT fk_score_sheet_org FOREIGN KEY (org_id) REFERENCES evaluator_org (id),
  CONSTRAINT fk_score_sheet_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  INDEX ix_score_sheet_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE score_sheet_row (
  sheet_id      BIGINT         NOT NULL,
  agency_id     BIGINT         NOT NULL,
  indicator_id  BIGINT         NOT NULL,
  score         DECIMAL(9, 4)  NOT NULL,
  PRIMARY KEY (sheet_id, agency_id, indicator_id),
  CONSTRAINT fk_score_sheet_row_sheet FOREIGN KEY (sheet_id) REFERENCES score_sheet (id),
  CONSTRAINT fk_score_sheet_row_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT fk_score_sheet_row_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
  CONSTRAINT ck_score_sheet_row CHECK (score >= 0 AND score <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
