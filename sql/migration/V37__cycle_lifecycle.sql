-- The cycle lifecycle: a cycle is drafted, opened, closed, scored and published. Its kind says
-- whether it is routine 平时, a stage 阶段 or an annual 年度 evaluation.
--
-- Intake counts only into open cycles: an appraisal belongs to a cycle when it was submitted in
-- the cycle's period while the cycle was open, i.e. in [intake_from, intake_until). A draft cycle
-- has no intake window (intake_from is NULL) and so an empty cube. The two columns are derived
-- from the period and the opening and closing times, so the cube's triggers, its rebuild and every
-- reader share one definition.

DROP TRIGGER evaluation_cycle_cube_update;
DROP TRIGGER evaluation_cycle_cube_insert;
DROP PROCEDURE cube_rebuild_all;
DROP PROCEDURE cube_rebuild_cycle;
DROP PROCEDURE cube_apply_rating;
DROP PROCEDURE cube_apply_appraisal;

ALTER TABLE evaluation_cycle
  ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'ANNUAL' AFTER name_en,
  ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'DRAFT' AFTER kind,
  ADD COLUMN opened_at DATETIME(6) NULL AFTER period_end,
  ADD COLUMN closed_at DATETIME(6) NULL AFTER opened_at,
  ADD COLUMN published_at DATETIME(6) NULL AFTER published_run_id,
  ADD COLUMN intake_from DATETIME(6) GENERATED ALWAYS AS
    (GREATEST(CAST(period_start AS DATETIME(6)), opened_at)) STORED AFTER closed_at,
  ADD COLUMN intake_until DATETIME(6) GENERATED ALWAYS AS
    (LEAST(CAST(period_end + INTERVAL 1 DAY AS DATETIME(6)),
           COALESCE(closed_at, CAST(period_end + INTERVAL 1 DAY AS DATETIME(6))))) STORED AFTER intake_from,
  ADD CONSTRAINT ck_evaluation_cycle_kind CHECK (kind IN ('ROUTINE', 'STAGE', 'ANNUAL')),
  ADD CONSTRAINT ck_evaluation_cycle_state CHECK (state IN ('DRAFT', 'OPEN', 'CLOSED', 'SCORED', 'PUBLISHED')),
  ADD CONSTRAINT ck_evaluation_cycle_opened CHECK (state = 'DRAFT' OR opened_at IS NOT NULL),
  ADD CONSTRAINT ck_evaluation_cycle_closed CHECK (state IN ('DRAFT', 'OPEN') OR closed_at IS NOT NULL);

-- The cycles that exist were open from the start of their period; a published one was closed at
-- the end of its period, so every cycle keeps counting exactly what it counted before.
UPDATE evaluation_cycle SET opened_at = CAST(period_start AS DATETIME(6)), state = 'OPEN' WHERE published_run_id IS NULL;
UPDATE evaluation_cycle c JOIN scoring_run r ON r.id = c.published_run_id
SET c.opened_at = CAST(c.period_start AS DATETIME(6)), c.closed_at = CAST(c.period_end + INTERVAL 1 DAY AS DATETIME(6)),
    c.state = 'PUBLISHED', c.published_at = r.finished_at;

-- A run read while its cycle was open is interim: a look at the intake so far, never published.
-- Whether it is interim is recorded by the run itself, not inferred from times afterwards.
ALTER TABLE scoring_run ADD COLUMN interim BOOLEAN NOT NULL DEFAULT FALSE AFTER appraisals;
UPDATE scoring_run r JOIN evaluation_cycle c ON c.id = r.cycle_id SET r.interim = TRUE WHERE c.state = 'OPEN';

-- Follow-up counts as they stood when a cycle's result was published: the published page keeps
-- showing them, while bad reviews go on being answered and rectified on the desk.
CREATE TABLE published_follow_up (
  cycle_id          BIGINT  NOT NULL,
  agency_id         BIGINT  NOT NULL,
  received          BIGINT  NOT NULL,
  answered_in_time  BIGINT  NOT NULL,
  rectified         BIGINT  NOT NULL,
  PRIMARY KEY (cycle_id, agency_id),
  CONSTRAINT fk_published_follow_up_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  CONSTRAINT fk_published_follow_up_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO published_follow_up (cycle_id, agency_id, received, answered_in_time, rectified)
SELECT c.id, f.agency_id, COUNT(*), SUM(f.callback_at IS NOT NULL AND DATE(f.callback_at) <= f.due_on),
       SUM(f.status = 'RECTIFIED')
FROM evaluation_cycle c
JOIN follow_up f ON f.opened_on BETWEEN c.period_start AND c.period_end
JOIN appraisal a ON a.id = f.appraisal_id
WHERE c.state = 'PUBLISHED' AND f.status IN ('OPEN', 'ANSWERED', 'RECTIFIED') AND a.status IN ('PUBLISHED', 'APPROVED')
GROUP BY c.id, f.agency_id;

DELIMITER //

-- As in V12, with the cycle's intake window in place of its period.
CREATE PROCEDURE cube_apply_appraisal(IN p_appraisal BIGINT, IN p_agency BIGINT, IN p_system BIGINT,
                                      IN p_region VARCHAR(32), IN p_age_band VARCHAR(16), IN p_level TINYINT,
                                      IN p_submitted DATETIME(6), IN p_weight DECIMAL(9, 6), IN p_direction INT)
BEGIN
  INSERT INTO cube_cell (cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2)
  SELECT c.id, p_agency, i.id, COALESCE(p_region, ''), COALESCE(p_age_band, ''), p_level,
         p_direction, p_direction * p_weight, p_direction * p_weight * p_weight
  FROM evaluation_cycle c
  JOIN indicator i ON i.system_id = p_system AND i.overall_satisfaction
  WHERE p_submitted >= c.intake_from AND p_submitted < c.intake_until
  ON DUPLICATE KEY UPDATE cube_cell.n = cube_cell.n + VALUES(n), cube_cell.w = cube_cell.w + VALUES(w),
                          cube_cell.w2 = cube_cell.w2 + VALUES(w2);

  INSERT INTO cube_cell (cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2)
  SELECT c.id, p_agency, r.indicator_id, COALESCE(p_region, ''), COALESCE(p_age_band, ''), r.level,
         p_direction, p_direction * p_weight, p_direction * p_weight * p_weight
  FROM evaluation_cycle c
  JOIN appraisal_rating r ON r.appraisal_id = p_appraisal
  WHERE p_submitted >= c.intake_from AND p_submitted < c.intake_until
  ORDER BY c.id, r.indicator_id
  ON DUPLICATE KEY UPDATE cube_cell.n = cube_cell.n + VALUES(n), cube_cell.w = cube_cell.w + VALUES(w),
                          cube_cell.w2 = cube_cell.w2 + VALUES(w2);
END //

CREATE PROCEDURE cube_apply_rating(IN p_appraisal BIGINT, IN p_indicator BIGINT, IN p_level TINYINT,
                                   IN p_direction INT)
BEGIN
  INSERT INTO cube_cell (cycle_id, agency_id, indicator_id, region, age_band, level, n, w, w2)
  SELECT c.id, a.agency_id, p_indicator, COALESCE(a.respondent_region, ''), COALESCE(a.respondent_age_band, ''),
         p_level, p_direction, p_direction * a.trust_weight, p_direction * a.trust_weight * a.trust_weight
  FROM appraisal a
  JOIN evaluation_cycle c ON a.submitted_at >= c.intake_from AND a.submitted_at < c.intake_until
  WHERE a.id = p_appraisal AND a.status IN ('PUBLISHED', 'APPROVED')
  ON DUPLICATE KEY UPDATE cube_cell.n = cube_cell.n + VALUES(n), cube_cell.w = cube_cell.w + VALUES(w),
                          cube_cell.w2 = cube_cell.w2 + VALUES(w2);
END //

CREATE PROCEDURE cube_rebuild_cycle(IN p_cycle BIGINT)
BEGIN
  DECLARE v_from DATETIME(6);
  DECLARE v_to DATETIME(6);
  SELECT intake_from, intake_until INTO v_from, v_to FROM evaluation_cycle WHERE id = p_cycle;
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

-- A new cycle, or a cycle whose intake window changed (opened, closed, period moved), gets its
-- cube built from the stored appraisals.
CREATE TRIGGER evaluation_cycle_cube_insert AFTER INSERT ON evaluation_cycle FOR EACH ROW
BEGIN
  CALL cube_rebuild_cycle(NEW.id);
END //

CREATE TRIGGER evaluation_cycle_cube_update AFTER UPDATE ON evaluation_cycle FOR EACH ROW
BEGIN
  IF NOT (OLD.intake_from <=> NEW.intake_from AND OLD.intake_until <=> NEW.intake_until) THEN
    CALL cube_rebuild_cycle(NEW.id);
  END IF;
END //

DELIMITER ;

CALL cube_rebuild_all();
