-- A rater's moderation history lowers the trust weight of their next ratings: at intake, the weight
-- of the rater's level is multiplied by the factor of the highest threshold their count of rejected
-- appraisals reaches. Data, so that an evaluation office can tune it.
CREATE TABLE trust_history_factor (
  rejected_at_least  INT           NOT NULL,
  factor             DECIMAL(9, 6) NOT NULL,
  PRIMARY KEY (rejected_at_least),
  CONSTRAINT ck_trust_history_factor CHECK (factor > 0 AND factor <= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO trust_history_factor (rejected_at_least, factor) VALUES (0, 1.0), (1, 0.5), (3, 0.2);

-- The network an appraisal came from, as an HMAC of its /24 or /48 prefix (never the address):
-- the velocity rule holds a burst from one network or device for one agency.
ALTER TABLE appraisal ADD COLUMN network_key CHAR(64) NULL;
CREATE INDEX ix_appraisal_agency_network ON appraisal (agency_id, network_key, submitted_at);
CREATE INDEX ix_appraisal_agency_rater ON appraisal (agency_id, rater_key, submitted_at);
