-- MinPing schema, version 1: reference data (tracks, regions, agencies, services, indicator
-- systems), citizen appraisals with their idempotency records, and portal accounts.
-- Written in the dialect that both MySQL 8 and MariaDB 10.11 accept: InnoDB, utf8mb4,
-- DATETIME(6) holding UTC, BIGINT surrogate keys beside natural codes.

CREATE TABLE pilot_track (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(32)  NOT NULL,
  name_zh     VARCHAR(100) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  sort_order  INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_pilot_track_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE region (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(32)  NOT NULL,
  name_zh     VARCHAR(100) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  sort_order  INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_region_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agency (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(32)  NOT NULL,
  name_zh     VARCHAR(100) NOT NULL,
  short_name_zh VARCHAR(50) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  kind        VARCHAR(32)  NOT NULL,
  track_id    BIGINT       NOT NULL,
  region_id   BIGINT       NOT NULL,
  sort_order  INT          NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_agency_code UNIQUE (code),
  CONSTRAINT fk_agency_track FOREIGN KEY (track_id) REFERENCES pilot_track (id),
  CONSTRAINT fk_agency_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service_offering (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(48)  NOT NULL,
  agency_id   BIGINT       NOT NULL,
  name_zh     VARCHAR(100) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  sort_order  INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_service_offering_code UNIQUE (code),
  CONSTRAINT fk_service_offering_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator_system (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(48)  NOT NULL,
  track_id    BIGINT       NOT NULL,
  name_zh     VARCHAR(100) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  template    BOOLEAN      NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_indicator_system_code UNIQUE (code),
  CONSTRAINT fk_indicator_system_track FOREIGN KEY (track_id) REFERENCES pilot_track (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One node of an indicator tree. weight is relative to the siblings under the same parent;
-- the products of weights down the tree sum to 1 over the leaves. public_appraisal marks the
-- leaves that citizens rate; overall_satisfaction marks the one leaf every appraisal rates.
CREATE TABLE indicator (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  system_id             BIGINT        NOT NULL,
  parent_id             BIGINT        NULL,
  code                  VARCHAR(48)   NOT NULL,
  name_zh               VARCHAR(100)  NOT NULL,
  name_en               VARCHAR(200)  NOT NULL,
  weight                DECIMAL(9, 6) NOT NULL,
  public_appraisal      BOOLEAN       NOT NULL,
  overall_satisfaction  BOOLEAN       NOT NULL,
  sort_order            INT           NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_indicator_system_code UNIQUE (system_id, code),
  CONSTRAINT fk_indicator_system FOREIGN KEY (system_id) REFERENCES indicator_system (id),
  CONSTRAINT fk_indicator_parent FOREIGN KEY (parent_id) REFERENCES indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE appraisal (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  receipt              VARCHAR(16)   NOT NULL,
  agency_id            BIGINT        NOT NULL,
  indicator_system_id  BIGINT        NOT NULL,
  service_id           BIGINT        NULL,
  case_number          VARCHAR(64)   NULL,
  channel              VARCHAR(16)   NOT NULL,
  overall_level        TINYINT       NOT NULL,
  comment_text         VARCHAR(1000) NULL,
  status               VARCHAR(16)   NOT NULL,
  hold_reasons         VARCHAR(255)  NULL,
  respondent_region    VARCHAR(32)   NULL,
  respondent_age_band  VARCHAR(16)   NULL,
  submitted_at         DATETIME(6)   NOT NULL,
  version              INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_appraisal_receipt UNIQUE (receipt),
  CONSTRAINT fk_appraisal_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT fk_appraisal_indicator_system FOREIGN KEY (indicator_system_id) REFERENCES indicator_system (id),
  CONSTRAINT fk_appraisal_service FOREIGN KEY (service_id) REFERENCES service_offering (id),
  CONSTRAINT ck_appraisal_overall_level CHECK (overall_level BETWEEN 1 AND 5),
  INDEX ix_appraisal_submitted (submitted_at, id),
  INDEX ix_appraisal_agency_submitted (agency_id, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE appraisal_rating (
  appraisal_id  BIGINT   NOT NULL,
  indicator_id  BIGINT   NOT NULL,
  level         TINYINT  NOT NULL,
  PRIMARY KEY (appraisal_id, indicator_id),
  CONSTRAINT fk_appraisal_rating_appraisal FOREIGN KEY (appraisal_id) REFERENCES appraisal (id),
  CONSTRAINT fk_appraisal_rating_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
  CONSTRAINT ck_appraisal_rating_level CHECK (level BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The first answer to a create request, keyed by the client's Idempotency-Key. The primary key
-- makes concurrent requests with one key serialize in the database: exactly one insert wins.
CREATE TABLE idempotency_record (
  idem_key        VARCHAR(128) NOT NULL,
  request_sha256  CHAR(64)     NOT NULL,
  appraisal_id    BIGINT       NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (idem_key),
  CONSTRAINT fk_idempotency_record_appraisal FOREIGN KEY (appraisal_id) REFERENCES appraisal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE user_account (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  username       VARCHAR(64)  NOT NULL,
  password_hash  VARCHAR(255) NOT NULL,
  display_name   VARCHAR(100) NOT NULL,
  agency_id      BIGINT       NULL,
  enabled        BOOLEAN      NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  version        INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_user_account_username UNIQUE (username),
  CONSTRAINT fk_user_account_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_role (
  user_id  BIGINT      NOT NULL,
  role     VARCHAR(16) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
