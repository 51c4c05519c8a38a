-- The kept cube without a hot row (docs/BENCHMARKS.md, "Intake under load").
--
-- Until now every counted rating added itself to its cell of cube_cell inside the intake
-- transaction. Concurrent appraisals of one agency, indicator, stratum and level then updated the
-- same row: each waited for the other's commit, and two appraisals taking their cells in a
-- different order deadlocked (the load harness saw 24 lock waits and 0.3 rollbacks per stored
-- appraisal at 32 concurrent requests, and intake stalled at a few appraisals a second).
--
-- Now the triggers only append: one row per cycle and cell to cube_delta, which has no key but its
-- own sequence, so concurrent intakes never wait for each other. The cube is the sum of the folded
-- cells and the deltas not folded yet (the view cube_current, which every reader uses); a fold
-- (CubeFolding, every few seconds) moves committed deltas into cube_cell in one transaction, so
-- at every moment cube_current equals a fresh aggregation, exactly as the kept cells did: the sums
-- are DECIMAL, and adding them in any grouping gives the same value.

CREATE TABLE cube_delta (
  id            BIGINT          NOT NULL AUTO_INCREMENT,
  cycle_id      BIGINT          NOT NULL,
  agency_id     BIGINT          NOT NULL,
  indicator_id  BIGINT          NOT NULL,
  region        VARCHAR(32)     NOT NULL,
  age_band      VARCHAR(16)     NOT NULL,
  level         TINYINT         NOT NULL,
  n             BIGINT          NOT NULL,
  w             DECIMAL(24, 6)  NOT NULL,
  w2            DECIMAL(30, 12) NOT NULL,
  PRIMARY KEY (id),
  -- A cycle's rebuild and the readers of one cycle find its deltas by this index.
  KEY ix_cube_delta_cycle (cycle_id, agency_id, indicator_id),
  CONSTRAINT fk_cube_delta_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The cube as scoring reads it: folded cells plus the deltas not folded yet. Cells whose count
-- returned to zero stay in the sum; readers skip them with n > 0 as before.
CREATE VIEW cube_current AS
SELECT u.cycle_id, u.agency_id, u.indicator_id, u.region, u.age_band, u.level,
       SUM(u.n) AS n, SUM(u.w) AS w, SUM(u.w2) AS w2
FROM (
  SELECT cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2 FROM cube_cell
  UNION ALL
  SELECT cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2 FROM cube_delta
) u
GROUP BY u.cycle_id, u.agency_id, u.indicator_id, u.region, u.age_band, u.level;

DROP PROCEDURE cube_apply_appraisal;
DROP PROCEDURE cube_apply_rating;
DROP PROCEDURE cube_rebuild_cycle;

DELIMITER //

-- As in V37, appending to cube_delta instead of adding to cube_cell, and in two parts. The cycles
-- are still read with INSERT ... SELECT, a locking read, so an intake racing a cycle's opening,
-- closing or change of period waits for it instead of missing it.
--
-- The overall rating alone, for a new appraisal: its indicator ratings do not exist yet (they
-- reference it) and count themselves as they are inserted. Looking for them anyway was a locking
-- read of the end of appraisal_rating's key, where every concurrent intake then inserted its own
-- ratings: each waited for the others' read locks, and they deadlocked.
CREATE PROCEDURE cube_apply_overall(IN p_agency BIGINT, IN p_system BIGINT,
                                    IN p_region VARCHAR(32), IN p_age_band VARCHAR(16), IN p_level TINYINT,
                                    IN p_submitted DATETIME(6), IN p_weight DECIMAL(9, 6), IN p_direction INT)
BEGIN
  INSERT INTO cube_delta (cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2)
  SELECT c.id, p_agency, i.id, COALESCE(p_region, ''), COALESCE(p_age_band, ''), p_level,
         p_direction, p_direction * p_weight, p_direction * p_weight * p_weight
  FROM evaluation_cycle c
  JOIN indicator i ON i.system_id = p_system AND i.overall_satisfaction
  WHERE p_submitted >= c.intake_from AND p_submitted < c.intake_until;
END //

-- The overall rating and every stored indicator rating, for an appraisal that starts or stops counting.
CREATE PROCEDURE cube_apply_appraisal(IN p_appraisal BIGINT, IN p_agency BIGINT, IN p_system BIGINT,
                                      IN p_region VARCHAR(32), IN p_age_band VARCHAR(16), IN p_level TINYINT,
                                      IN p_submitted DATETIME(6), IN p_weight DECIMAL(9, 6), IN p_direction INT)
BEGIN
  CALL cube_apply_overall(p_agency, p_system, p_region, p_age_band, p_level, p_submitted, p_weight, p_direction);

  INSERT INTO cube_delta (cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2)
  SELECT c.id, p_agency, r.indicator_id, COALESCE(p_region, ''), COALESCE(p_age_band, ''), r.level,
         p_direction, p_direction * p_weight, p_direction * p_weight * p_weight
  FROM evaluation_cycle c
  JOIN appraisal_rating r ON r.appraisal_id = p_appraisal
  WHERE p_submitted >= c.intake_from AND p_submitted < c.intake_until;
END //

CREATE PROCEDURE cube_apply_rating(IN p_appraisal BIGINT, IN p_indicator BIGINT, IN p_level TINYINT,
                                   IN p_direction INT)
BEGIN
  INSERT INTO cube_delta (cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2)
  SELECT c.id, a.agency_id, p_indicator, COALESCE(a.respondent_region, ''), COALESCE(a.respondent_age_band, ''),
         p_level, p_direction, p_direction * a.trust_weight, p_direction * a.trust_weight * a.trust_weight
  FROM appraisal a
  JOIN evaluation_cycle c ON a.submitted_at >= c.intake_from AND a.submitted_at < c.intake_until
  WHERE a.id = p_appraisal AND a.status IN ('PUBLISHED', 'APPROVED');
END //

-- As in V37; the cycle's deltas go with its cells, since the aggregation counts what they held.
CREATE PROCEDURE cube_rebuild_cycle(IN p_cycle BIGINT)
BEGIN
  DECLARE v_from DATETIME(6);
  DECLARE v_to DATETIME(6);
  SELECT intake_from, intake_until INTO v_from, v_to FROM evaluation_cycle WHERE id = p_cycle;
  DELETE FROM cube_delta WHERE cycle_id = p_cycle;
  DELETE FROM cube_cell WHERE cycle_id = p_cycle;
  INSERT INTO cube_cell (cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2)
  SELECT p_cycle, g.agency_id, i.id, g.region, g.age_band, g.level, g.n, g.w, g.w2
  FROM (
    SELECT a.agency_id, a.indicator_system_id AS system_id, COALESCE(a.respondent_region, '') AS region,
           COALESCE(a.respondent_age_band, '') AS age_band, a.overall_level AS level,
           COUNT(*) AS n, SUM(a.trust_weight) AS w, SUM(a.trust_weight * a.trust_weight) AS w2
    FROM appraisal a
    WHERE a.status IN ('PUBLISHED', 'APPROVED') AND a.submitted_at >= v_from AND a.submitted_at < v_to
    GROUP BY a.agency_id, a.indicator_system_id, a.respondent_region, a.respondent_age_band, a.overall_level
  ) g
  JOIN indicator i ON i.system_id = g.system_id AND i.overall_satisfaction
  ON DUPLICATE KEY UPDATE cube_cell.n = cube_cell.n + VALUES(n), cube_cell.w = cube_cell.w + VALUES(w),
                          cube_cell.w2 = cube_cell.w2 + VALUES(w2);
  INSERT INTO cube_cell (cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2)
  SELECT p_cycle, a.agency_id, r.indicator_id, COALESCE(a.respondent_region, ''), COALESCE(a.respondent_age_band, ''),
         r.level, COUNT(*), SUM(a.trust_weight), SUM(a.trust_weight * a.trust_weight)
  FROM appraisal a
  JOIN appraisal_rating r ON r.appraisal_id = a.id
  WHERE a.status IN ('PUBLISHED', 'APPROVED') AND a.submitted_at >= v_from AND a.submitted_at < v_to
  GROUP BY a.agency_id, r.indicator_id, a.respondent_region, a.respondent_age_band, r.level
  ON DUPLICATE KEY UPDATE cube_cell.n = cube_cell.n + VALUES(n), cube_cell.w = cube_cell.w + VALUES(w),
                          cube_cell.w2 = cube_cell.w2 + VALUES(w2);
END //

DROP TRIGGER appraisal_cube_insert //

CREATE TRIGGER appraisal_cube_insert AFTER INSERT ON appraisal FOR EACH ROW
BEGIN
  IF NEW.status IN ('PUBLISHED', 'APPROVED') THEN
    CALL cube_apply_overall(NEW.agency_id, NEW.indicator_system_id, NEW.respondent_region, NEW.respondent_age_band,
                            NEW.overall_level, NEW.submitted_at, NEW.trust_weight, 1);
  END IF;
END //

DELIMITER ;
