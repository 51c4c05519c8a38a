-- Evaluation cycles with their parameters, the inputs besides public appraisal (internal scores,
-- bonus and deduction items), and immutable scoring runs with their results and decompositions.

ALTER TABLE appraisal ADD COLUMN trust_weight DECIMAL(9, 6) NOT NULL DEFAULT 1.000000;

-- How much each source counts in a leaf indicator; the rows of one leaf sum to 1.
CREATE TABLE indicator_source_weight (
  indicator_id  BIGINT        NOT NULL,
  source        VARCHAR(16)   NOT NULL,
  weight        DECIMAL(9, 6) NOT NULL,
  PRIMARY KEY (indicator_id, source),
  CONSTRAINT fk_indicator_source_weight_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
  CONSTRAINT ck_indicator_source_weight CHECK (weight >= 0 AND weight <= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Public-appraisal leaves are scored by the public alone; every other leaf by internal
-- assessment (60%), third-party evaluation (20%) and expert review (20%).
INSERT INTO indicator_source_weight (indicator_id, source, weight)
SELECT i.id, 'PUBLIC', 1.0 FROM indicator i
WHERE i.public_appraisal AND NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id);
INSERT INTO indicator_source_weight (indicator_id, source, weight)
SELECT i.id, s.source, s.weight FROM indicator i
JOIN (SELECT 'INTERNAL' AS source, 0.6 AS weight UNION ALL SELECT 'THIRD_PARTY', 0.2 UNION ALL SELECT 'EXPERT', 0.2) s
WHERE NOT i.public_appraisal AND NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id);

-- A cycle evaluates the agencies of every track against the tracks' indicator systems over a
-- period; appraisals submitted in the period belong to it. Parameters are set before the first run.
CREATE TABLE evaluation_cycle (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  code                VARCHAR(32)   NOT NULL,
  name_zh             VARCHAR(100)  NOT NULL,
  name_en             VARCHAR(200)  NOT NULL,
  period_start        DATE          NOT NULL,
  period_end          DATE          NOT NULL,
  level_scores        VARCHAR(64)   NOT NULL,
  shrinkage_k         DECIMAL(12, 6) NOT NULL,
  min_effective_n     DECIMAL(12, 6) NOT NULL,
  grade_bands         VARCHAR(255)  NOT NULL,
  max_bonus           DECIMAL(9, 4) NOT NULL,
  max_deduction       DECIMAL(9, 4) NOT NULL,
  sensitivity_draws   INT           NOT NULL,
  sensitivity_seed    BIGINT        NOT NULL,
  published_run_id    BIGINT        NULL,
  version             INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_evaluation_cycle_code UNIQUE (code),
  CONSTRAINT ck_evaluation_cycle_period CHECK (period_end >= period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Population share of each category of each weighting variable (respondent region, age band).
CREATE TABLE cycle_margin (
  cycle_id  BIGINT        NOT NULL,
  variable  VARCHAR(32)   NOT NULL,
  category  VARCHAR(32)   NOT NULL,
  share     DECIMAL(12, 10) NOT NULL,
  PRIMARY KEY (cycle_id, variable, category),
  CONSTRAINT fk_cycle_margin_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE internal_score (
  cycle_id      BIGINT        NOT NULL,
  agency_id     BIGINT        NOT NULL,
  indicator_id  BIGINT        NOT NULL,
  score         DECIMAL(9, 4) NOT NULL,
  imported_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (cycle_id, agency_id, indicator_id),
  CONSTRAINT fk_internal_score_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  CONSTRAINT fk_internal_score_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT fk_internal_score_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
  CONSTRAINT ck_internal_score CHECK (score >= 0 AND score <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE score_adjustment (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  cycle_id   BIGINT        NOT NULL,
  agency_id  BIGINT        NOT NULL,
  reason     VARCHAR(200)  NOT NULL,
  points     DECIMAL(9, 4) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_score_adjustment_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  CONSTRAINT fk_score_adjustment_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A scoring run is written once and never changed: its parameters, its digests, its results.
CREATE TABLE scoring_run (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  cycle_id       BIGINT       NOT NULL,
  started_by     VARCHAR(64)  NOT NULL,
  started_at     DATETIME(6)  NOT NULL,
  finished_at    DATETIME(6)  NOT NULL,
  parameters     TEXT         NOT NULL,
  input_sha256   CHAR(64)     NOT NULL,
  output_sha256  CHAR(64)     NOT NULL,
  appraisals     BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_scoring_run_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  INDEX ix_scoring_run_cycle (cycle_id, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE evaluation_cycle ADD CONSTRAINT fk_evaluation_cycle_published_run
  FOREIGN KEY (published_run_id) REFERENCES scoring_run (id);

CREATE TABLE scoring_result (
  run_id               BIGINT         NOT NULL,
  agency_id            BIGINT         NOT NULL,
  track_code           VARCHAR(32)    NOT NULL,
  score                DOUBLE         NULL,
  published_score      DECIMAL(9, 2)  NULL,
  grade                VARCHAR(16)    NULL,
  rank_in_track        INT            NOT NULL,
  rank_low             INT            NOT NULL,
  rank_high            INT            NOT NULL,
  incomplete           BOOLEAN        NOT NULL,
  insufficient_sample  BOOLEAN        NOT NULL,
  public_mean          DOUBLE         NULL,
  public_lower         DOUBLE         NULL,
  public_upper         DOUBLE         NULL,
  public_effective_n   DOUBLE         NULL,
  public_respondents   BIGINT         NULL,
  PRIMARY KEY (run_id, agency_id),
  CONSTRAINT fk_scoring_result_run FOREIGN KEY (run_id) REFERENCES scoring_run (id),
  CONSTRAINT fk_scoring_result_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The terms of a score: per indicator and source, or per bonus / deduction item (reason).
CREATE TABLE scoring_contribution (
  run_id          BIGINT        NOT NULL,
  agency_id       BIGINT        NOT NULL,
  position        INT           NOT NULL,
  indicator_code  VARCHAR(48)   NULL,
  source          VARCHAR(16)   NULL,
  reason          VARCHAR(200)  NULL,
  points          DOUBLE        NOT NULL,
  PRIMARY KEY (run_id, agency_id, position),
  CONSTRAINT fk_scoring_contribution_result FOREIGN KEY (run_id, agency_id) REFERENCES scoring_result (run_id, agency_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The 2026 cycle, open over the calendar year, with the design's default parameters and
-- population margins from the respondents' regions (roughly by population) and age bands.
INSERT INTO evaluation_cycle (code, name_zh, name_en, period_start, period_end, level_scores, shrinkage_k,
                              min_effective_n, grade_bands, max_bonus, max_deduction, sensitivity_draws, sensitivity_seed)
VALUES ('2026', '2026年度政府绩效评估', '2026 government performance evaluation', '2026-01-01', '2026-12-31',
        '0,25,50,75,100', 10, 30, '优秀:90,良好:80,合格:60,不合格:-', 5, 5, 200, 20260101);
