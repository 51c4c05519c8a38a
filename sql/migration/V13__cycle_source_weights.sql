-- A cycle may weigh the sources of a leaf indicator differently from the track's template (for
-- example, more weight on third-party evaluation in a year with an accredited evaluator). A leaf
-- with rows here uses them; a leaf without uses indicator_source_weight. The rows of one leaf sum to 1.
CREATE TABLE cycle_source_weight (
  cycle_id      BIGINT        NOT NULL,
  indicator_id  BIGINT        NOT NULL,
  source        VARCHAR(16)   NOT NULL,
  weight        DECIMAL(9, 6) NOT NULL,
  PRIMARY KEY (cycle_id, indicator_id, source),
  CONSTRAINT fk_cycle_source_weight_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  CONSTRAINT fk_cycle_source_weight_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
  CONSTRAINT ck_cycle_source_weight CHECK (weight >= 0 AND weight <= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
