-- Statistics 统计数据 join the sources of a leaf indicator: figures of the statistics departments,
-- which the office imports per agency and indicator as scores from 0 to 100, as it imports the
-- internal assessment. Both kinds of imported score live in one table, told apart by their source.
RENAME TABLE internal_score TO imported_score;

ALTER TABLE imported_score
  ADD COLUMN source VARCHAR(16) NOT NULL DEFAULT 'INTERNAL' AFTER indicator_id,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (cycle_id, agency_id, indicator_id, source),
  ADD CONSTRAINT ck_imported_score_source CHECK (source IN ('INTERNAL', 'STATISTICS'));

ALTER TABLE imported_score ALTER COLUMN source DROP DEFAULT;
