-- The canonical input of every run, as JSON (format minping-scoring-input/1): what an auditor
-- downloads to recompute a published evaluation offline. It holds no personal data: the cube
-- has counts and weight sums per agency, indicator, respondent category and level.
ALTER TABLE scoring_run ADD COLUMN input_json LONGTEXT NULL;
