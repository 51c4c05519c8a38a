-- One rating per service case (一事一评) and the rater's verification level.
--
-- A service case is a piece of business an agency handled, under the case number it issued. It can
-- be rated within a window after it closed, once per rater and round: the second round is the
-- re-rating after a bad review was rectified. The rater is known only by rater_key, an HMAC of the
-- account or device token under a server secret, so the once-per-rater rule holds without the
-- portal storing who rated what. The UNIQUE constraint, not a check before inserting, enforces it.

CREATE TABLE service_case (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  agency_id    BIGINT       NOT NULL,
  service_id   BIGINT       NULL,
  case_number  VARCHAR(64)  NOT NULL,
  closed_at    DATETIME(6)  NOT NULL,
  created_by   VARCHAR(64)  NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_service_case_number UNIQUE (agency_id, case_number),
  CONSTRAINT fk_service_case_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT fk_service_case_service FOREIGN KEY (service_id) REFERENCES service_offering (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE appraisal ADD COLUMN service_case_id BIGINT NULL;
ALTER TABLE appraisal ADD COLUMN rater_key CHAR(64) NULL;
ALTER TABLE appraisal ADD COLUMN rating_round TINYINT NOT NULL DEFAULT 1;
ALTER TABLE appraisal ADD COLUMN rater_level VARCHAR(16) NOT NULL DEFAULT 'ANONYMOUS';
ALTER TABLE appraisal ADD CONSTRAINT fk_appraisal_service_case FOREIGN KEY (service_case_id) REFERENCES service_case (id);
ALTER TABLE appraisal ADD CONSTRAINT uk_appraisal_case_rater UNIQUE (service_case_id, rater_key, rating_round);
-- A signed-in citizen's own appraisals are found by their rater key.
CREATE INDEX ix_appraisal_rater ON appraisal (rater_key, submitted_at);

-- The trust weight an appraisal gets from its rater's level; scoring weighs each rating by it.
CREATE TABLE rater_level_weight (
  level   VARCHAR(16)   NOT NULL,
  weight  DECIMAL(9, 6) NOT NULL,
  PRIMARY KEY (level),
  CONSTRAINT ck_rater_level_weight CHECK (weight > 0 AND weight <= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO rater_level_weight (level, weight) VALUES ('ANONYMOUS', 0.6), ('REGISTERED', 0.8), ('VERIFIED', 1.0);

-- Secrets the portal generates once per installation. rater-key: the HMAC key of rater keys;
-- changing it would let every rater rate every open case once more.
CREATE TABLE server_secret (
  name    VARCHAR(32)    NOT NULL,
  secret  VARBINARY(64)  NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO server_secret (name, secret) VALUES ('rater-key', RANDOM_BYTES(32));
