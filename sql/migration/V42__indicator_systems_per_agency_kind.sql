-- A cycle may bind, within a track, a version of its own for one kind of agency: the departments
-- of a regional government (DEPARTMENT) are then assessed against indicators of their own, beside
-- the regional governments of the same track, and still ranked with them.
--
-- agency_kind '' is the track's binding, which every kind without a binding of its own follows; a
-- cycle always has it (the cycle's page adds and removes only the bindings of a kind).
ALTER TABLE cycle_indicator_system
  ADD COLUMN agency_kind VARCHAR(32) NOT NULL DEFAULT '' AFTER track_id,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (cycle_id, track_id, agency_kind),
  ADD CONSTRAINT ck_cycle_indicator_system_kind CHECK (agency_kind IN ('', 'REGIONAL_GOVERNMENT', 'DEPARTMENT', 'MINISTRY',
    'STATE_COUNCIL_AGENCY', 'CENTRAL_ENTERPRISE', 'BUDGET_PROGRAMME'));

-- The version each agency is assessed against in each cycle: its kind's where the cycle binds one,
-- else its track's. Every reader that goes from an agency to its indicators goes through here.
CREATE VIEW cycle_agency_system AS
SELECT d.cycle_id, a.id AS agency_id, COALESCE(k.system_id, d.system_id) AS system_id, k.system_id IS NOT NULL AS own_kind
FROM agency a
JOIN cycle_indicator_system d ON d.track_id = a.track_id AND d.agency_kind = ''
LEFT JOIN cycle_indicator_system k ON k.cycle_id = d.cycle_id AND k.track_id = a.track_id AND k.agency_kind = a.kind;
