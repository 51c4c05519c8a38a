-- Indicator systems as versions. A track's indicator system is kept as numbered versions
-- (revision 1, 2, ...): a draft is edited freely; a version becomes frozen when a cycle that
-- uses it opens, and is never edited again — editing a frozen version means making a new draft
-- from it (based_on_id). Each cycle binds one version per track (cycle_indicator_system); every
-- reader that asks "which indicators does this cycle score?" goes through that binding.
--
-- An indicator keeps its code across versions: the cube, internal scores imported by code and
-- the comparison of two versions all match indicators by code.

ALTER TABLE indicator_system
  ADD COLUMN revision INT NOT NULL DEFAULT 1 AFTER track_id,
  ADD COLUMN state VARCHAR(8) NOT NULL DEFAULT 'DRAFT' AFTER revision,
  ADD COLUMN based_on_id BIGINT NULL AFTER state,
  ADD COLUMN created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) AFTER based_on_id,
  ADD COLUMN frozen_at DATETIME(6) NULL AFTER created_at,
  ADD CONSTRAINT uk_indicator_system_revision UNIQUE (track_id, revision),
  ADD CONSTRAINT fk_indicator_system_based_on FOREIGN KEY (based_on_id) REFERENCES indicator_system (id),
  ADD CONSTRAINT ck_indicator_system_state CHECK (state IN ('DRAFT', 'FROZEN')),
  ADD CONSTRAINT ck_indicator_system_frozen CHECK (state = 'DRAFT' OR frozen_at IS NOT NULL);

-- Qualitative indicators are judged (levels, expert or third-party scores); quantitative ones
-- are measured against a target (internal data, statistics). version counts an indicator's
-- changes, so a form filled from an older state is refused rather than undo another's change.
ALTER TABLE indicator
  ADD COLUMN measure VARCHAR(12) NOT NULL DEFAULT 'QUALITATIVE' AFTER weight,
  ADD COLUMN version INT NOT NULL DEFAULT 0 AFTER sort_order,
  ADD CONSTRAINT ck_indicator_measure CHECK (measure IN ('QUALITATIVE', 'QUANTITATIVE'));

-- The templates seeded so far are every track's version 1, in use by the cycles that exist.
UPDATE indicator_system SET state = 'FROZEN', frozen_at = created_at WHERE template;

CREATE TABLE cycle_indicator_system (
  cycle_id   BIGINT NOT NULL,
  track_id   BIGINT NOT NULL,
  system_id  BIGINT NOT NULL,
  PRIMARY KEY (cycle_id, track_id),
  KEY ix_cycle_indicator_system_system (system_id),
  CONSTRAINT fk_cycle_indicator_system_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  CONSTRAINT fk_cycle_indicator_system_track FOREIGN KEY (track_id) REFERENCES pilot_track (id),
  CONSTRAINT fk_cycle_indicator_system_system FOREIGN KEY (system_id) REFERENCES indicator_system (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO cycle_indicator_system (cycle_id, track_id, system_id)
SELECT c.id, s.track_id, s.id FROM evaluation_cycle c JOIN indicator_system s ON s.template;
