-- The PDF report that may accompany a score sheet: stored as a file outside the web root under a
-- generated name (minping.files.dir), never rendered by the portal, served only as an attachment
-- to the uploading organisation, moderators and administrators.
ALTER TABLE score_sheet ADD COLUMN report_file VARCHAR(64) NULL;
ALTER TABLE score_sheet ADD COLUMN report_name VARCHAR(255) NULL;
ALTER TABLE score_sheet ADD COLUMN report_sha256 CHAR(64) NULL;
