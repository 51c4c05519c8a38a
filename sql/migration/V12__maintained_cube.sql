-- The scoring cube of every cycle, kept up to date as appraisals arrive and change, so that a
-- scoring run reads a few hundred thousand cells instead of aggregating every appraisal of the
-- period (docs/BENCHMARKS.md, benchmark d).
--
-- One cell per cycle, agency, indicator, respondent stratum and level: how many counted ratings it
-- holds, and the exact sums of their trust weights and squared trust weights. An appraisal counts
-- while its status is PUBLISHED or APPROVED; it adds one rating to its system's overall indicator
-- and one to each indicator it rated, in every cycle whose period holds its submission time.
--
-- Triggers keep the cells, so every path that writes appraisals (intake, moderation decisions,
-- quarantine, withdrawal, plain SQL) keeps them right in its own transaction. Sums are DECIMAL:
-- adding and later subtracting a weight returns exactly to the earlier value, so a maintained cell
-- always equals a fresh aggregation, and digests do not depend on the order of events.
-- Unknown respondent attributes are stored as '' (key columns cannot be NULL) and read as NULL.

CREATE TABLE cube_cell (
  cycle_id      BIGINT          NOT NULL,
  agency_id     BIGINT          NOT NULL,
  indicator_id  BIGINT          NOT NULL,
  region        VARCHAR(32)     NOT NULL,
  age_band      VARCHAR(16)     NOT NULL,
  level         TINYINT         NOT NULL,
  n             BIGINT          NOT NULL,
  w             DECIMAL(24, 6)  NOT NULL,
  w2            DECIMAL(30, 12) NOT NULL,
  PRIMARY KEY (cycle_id, agency_id, indicator_id, region, age_band, level),
  CONSTRAINT fk_cube_cell_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

DELIMITER //

-- Adds (direction 1) or removes (direction -1) one counted appraisal: its overall rating and every
-- indicator rating stored for it, in each cycle whose period holds submitted. The cycles are read
-- with INSERT ... SELECT, a locking read, so an intake racing a cycle's creation or period change
-- waits for it instead of missing it.
CREATE PROCEDURE cube_apply_appraisal(IN p_appraisal BIGINT, IN p_agency BIGINT, IN p_system BIGINT,
                                      IN p_region VARCHAR(32), IN p_age_band VARCHAR(16), IN p_level TINYINT,
                                      IN p_submitted DATETIME(6), IN p_weight DECIMAL(9, 6), IN p_direction INT)
BEGIN
  INSERT INTO cube_cell (cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2)
  SELECT c.id, p_agency, i.id, COALESCE(p_region, ''), COALESCE(p_age_band, ''), p_level,
         p_direction, p_direction * p_weight, p_direction * p_weight * p_weight
  FROM evaluation_cycle c
  JOIN indicator i ON i.system_id = p_system AND i.overall_satisfaction
  WHERE p_submitted >= c.period_start AND p_submitted < c.period_end + INTERVAL 1 DAY
  ON DUPLICATE KEY UPDATE cube_cell.n = cube_cell.n + VALUES(n), cube_cell.w = cube_cell.w + VALUES(w),
                          cube_cell.w2 = cube_cell.w2 + VALUES(w2);

  INSERT INTO cube_cell (cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2)
  SELECT c.id, p_agency, r.indicator_id, COALESCE(p_region, ''), COALESCE(p_age_band, ''), r.level,
         p_direction, p_direction * p_weight, p_direction * p_weight * p_weight
  FROM evaluation_cycle c
  JOIN appraisal_rating r ON r.appraisal_id = p_appraisal
  WHERE p_submitted >= c.period_start AND p_submitted < c.period_end + INTERVAL 1 DAY
  ORDER BY c.id, r.indicator_id
  ON DUPLICATE KEY UPDATE cube_cell.n = cube_cell.n + VALUES(n), cube_cell.w = cube_cell.w + VALUES(w),
                          cube_cell.w2 = cube_cell.w2 + VALUES(w2);
END //

-- Adds or removes one indicator rating of an appraisal, if the appraisal counts.
CREATE PROCEDURE cube_apply_rating(IN p_appraisal BIGINT, IN p_indicator BIGINT, IN p_level TINYINT,
                                   IN p_direction INT)
BEGIN
  INSERT INTO cube_cell (cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2)
  SELECT c.id, a.agency_id, p_indicator, COALESCE(a.respondent_region, ''), COALESCE(a.respondent_age_band, ''),
         p_level, p_direction, p_direction * a.trust_weight, p_direction * a.trust_weight * a.trust_weight
  FROM appraisal a
  JOIN evaluation_cycle c ON a.submitted_at >= c.period_start AND a.submitted_at < c.period_end + INTERVAL 1 DAY
  WHERE a.id = p_appraisal AND a.status IN ('PUBLISHED', 'APPROVED')
  ON DUPLICATE KEY UPDATE cube_cell.n = cube_cell.n + VALUES(n), cube_cell.w = cube_cell.w + VALUES(w),
                          cube_cell.w2 = cube_cell.w2 + VALUES(w2);
END //

-- Builds one cycle's cube from scratch: the aggregation a scoring run used to do itself.
CREATE PROCEDURE cube_rebuild_cycle(IN p_cycle BIGINT)
BEGIN
  DECLARE v_from DATETIME(6);
  DECLARE v_to DATETIME(6);
  SELECT period_start, period_end + INTERVAL 1 DAY INTO v_from, v_to FROM evaluation_cycle WHERE id = p_cycle;
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

CREATE TRIGGER appraisal_cube_insert AFTER INSERT ON appraisal FOR EACH ROW
BEGIN
  IF NEW.status IN ('PUBLISHED', 'APPROVED') THEN
    CALL cube_apply_appraisal(NEW.id, NEW.agency_id, NEW.indicator_system_id, NEW.respondent_region,
                              NEW.respondent_age_band, NEW.overall_level, NEW.submitted_at, NEW.trust_weight, 1);
  END IF;
END //

-- Only changes that move the appraisal's cells touch the cube: a comment redaction or a
-- moderator's note does not.
CREATE TRIGGER appraisal_cube_update AFTER UPDATE ON appraisal FOR EACH ROW
BEGIN
  DECLARE old_counts BOOLEAN DEFAULT OLD.status IN ('PUBLISHED', 'APPROVED');
  DECLARE new_counts BOOLEAN DEFAULT NEW.status IN ('PUBLISHED', 'APPROVED');
  IF old_counts <> new_counts OR (new_counts AND NOT (
       OLD.agency_id = NEW.agency_id AND OLD.indicator_system_id = NEW.indicator_system_id
       AND OLD.respondent_region <=> NEW.respondent_region AND OLD.respondent_age_band <=> NEW.respondent_age_band
       AND OLD.overall_level = NEW.overall_level AND OLD.submitted_at = NEW.submitted_at
       AND OLD.trust_weight = NEW.trust_weight)) THEN
    IF old_counts THEN
      CALL cube_apply_appraisal(OLD.id, OLD.agency_id, OLD.indicator_system_id, OLD.respondent_region,
                                OLD.respondent_age_band, OLD.overall_level, OLD.submitted_at, OLD.trust_weight, -1);
    END IF;
    IF new_counts THEN
      CALL cube_apply_appraisal(NEW.id, NEW.agency_id, NEW.indicator_system_id, NEW.respondent_region,
                                NEW.respondent_age_band, NEW.overall_level, NEW.submitted_at, NEW.trust_weight, 1);
    END IF;
  END IF;
END //

CREATE TRIGGER appraisal_cube_delete AFTER DELETE ON appraisal FOR EACH ROW
BEGIN
  IF OLD.status IN ('PUBLISHED', 'APPROVED') THEN
    CALL cube_apply_appraisal(OLD.id, OLD.agency_id, OLD.indicator_system_id, OLD.respondent_region,
                              OLD.respondent_age_band, OLD.overall_level, OLD.submitted_at, OLD.trust_weight, -1);
  END IF;
END //

CREATE TRIGGER appraisal_rating_cube_insert AFTER INSERT ON appraisal_rating FOR EACH ROW
BEGIN
  CALL cube_apply_rating(NEW.appraisal_id, NEW.indicator_id, NEW.level, 1);
END //

CREATE TRIGGER appraisal_rating_cube_update AFTER UPDATE ON appraisal_rating FOR EACH ROW
BEGIN
  CALL cube_apply_rating(OLD.appraisal_id, OLD.indicator_id, OLD.level, -1);
  CALL cube_apply_rating(NEW.appraisal_id, NEW.indicator_id, NEW.level, 1);
END //

CREATE TRIGGER appraisal_rating_cube_delete AFTER DELETE ON appraisal_rating FOR EACH ROW
BEGIN
  CALL cube_apply_rating(OLD.appraisal_id, OLD.indicator_id, OLD.level, -1);
END //

-- Rebuilds every cycle's cube; for operations after restoring appraisals from outside the portal.
CREATE PROCEDURE cube_rebuild_all()
BEGIN
  DECLARE done BOOLEAN DEFAULT FALSE;
  DECLARE v_cycle BIGINT;
  DECLARE cycles CURSOR FOR SELECT id FROM evaluation_cycle ORDER BY id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
  OPEN cycles;
  each_cycle: LOOP
    FETCH cycles INTO v_cycle;
    IF done THEN
      LEAVE each_cycle;
    END IF;
    CALL cube_rebuild_cycle(v_cycle);
  END LOOP;
  CLOSE cycles;
END //

-- A new cycle, or a cycle whose period moved, gets its cube built from the stored appraisals.
CREATE TRIGGER evaluation_cycle_cube_insert AFTER INSERT ON evaluation_cycle FOR EACH ROW
BEGIN
  CALL cube_rebuild_cycle(NEW.id);
END //

CREATE TRIGGER evaluation_cycle_cube_update AFTER UPDATE ON evaluation_cycle FOR EACH ROW
BEGIN
  IF OLD.period_start <> NEW.period_start OR OLD.period_end <> NEW.period_end THEN
    CALL cube_rebuild_cycle(NEW.id);
  END IF;
END //

DELIMITER ;

-- The cycles that exist already.
CALL cube_rebuild_all();
