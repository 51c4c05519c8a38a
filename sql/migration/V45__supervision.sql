-- Process supervision 过程监督: the evaluation office's routine checks and verification visits
-- 察访核验 to an agency in a cycle, with the findings, and per data item it checked a verdict.
-- The items checked so far are imported scores (internal assessment and statistics), named by
-- their natural key (a re-import replaces a score's value, not what was checked about it).
-- An item judged NOT_AUTHENTIC is held out of scoring until it is RESOLVED (corrected or
-- confirmed, with a text); every run lists what it held out (scoring_run_held_out), while its
-- input, and so its digests, simply do not contain those items.
CREATE TABLE supervision_record (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  cycle_id     BIGINT        NOT NULL,
  agency_id    BIGINT        NOT NULL,
  kind         VARCHAR(24)   NOT NULL,
  visited_on   DATE          NOT NULL,
  findings     VARCHAR(2000) NOT NULL,
  recorded_by  VARCHAR(100)  NOT NULL,
  recorded_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_supervision_record_cycle (cycle_id, visited_on),
  CONSTRAINT fk_supervision_record_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  CONSTRAINT fk_supervision_record_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT ck_supervision_record_kind CHECK (kind IN ('ROUTINE_CHECK', 'VERIFICATION_VISIT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supervision_item (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  record_id        BIGINT        NOT NULL,
  cycle_id         BIGINT        NOT NULL,
  agency_id        BIGINT        NOT NULL,
  indicator_id     BIGINT        NOT NULL,
  source           VARCHAR(16)   NOT NULL,
  verdict          VARCHAR(16)   NOT NULL,
  note             VARCHAR(1000) NULL,
  checked_by       VARCHAR(100)  NOT NULL,
  checked_at       DATETIME(6)   NOT NULL,
  resolution       VARCHAR(16)   NULL,
  resolution_text  VARCHAR(1000) NULL,
  resolved_by      VARCHAR(100)  NULL,
  resolved_at      DATETIME(6)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_supervision_item (record_id, indicator_id, source),
  KEY ix_supervision_item_score (cycle_id, agency_id, indicator_id, source, verdict),
  CONSTRAINT fk_supervision_item_record FOREIGN KEY (record_id) REFERENCES supervision_record (id),
  CONSTRAINT fk_supervision_item_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  CONSTRAINT fk_supervision_item_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT fk_supervision_item_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
  CONSTRAINT ck_supervision_item_source CHECK (source IN ('INTERNAL', 'STATISTICS')),
  CONSTRAINT ck_supervision_item_verdict CHECK (verdict IN ('AUTHENTIC', 'NOT_AUTHENTIC', 'RESOLVED')),
  CONSTRAINT ck_supervision_item_resolution CHECK (
    (verdict = 'RESOLVED' AND resolution IN ('CORRECTED', 'CONFIRMED') AND resolution_text IS NOT NULL AND resolved_at IS NOT NULL)
    OR (verdict <> 'RESOLVED' AND resolution IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a run held out of its input, and why: the supervision item that flagged it.
CREATE TABLE scoring_run_held_out (
  run_id          BIGINT       NOT NULL,
  position        INT          NOT NULL,
  source          VARCHAR(16)  NOT NULL,
  agency_code     VARCHAR(32)  NOT NULL,
  indicator_code  VARCHAR(64)  NOT NULL,
  item_id         BIGINT       NOT NULL,
  record_id       BIGINT       NOT NULL,
  PRIMARY KEY (run_id, position),
  CONSTRAINT fk_scoring_run_held_out_run FOREIGN KEY (run_id) REFERENCES scoring_run (id),
  CONSTRAINT fk_scoring_run_held_out_item FOREIGN KEY (item_id) REFERENCES supervision_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
