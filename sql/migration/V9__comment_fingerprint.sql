-- SimHash of an appraisal's (redacted) comment: near-duplicate comments about the same agency
-- within a day are held for a moderator. NULL for short or missing comments.
ALTER TABLE appraisal ADD COLUMN comment_simhash BIGINT NULL;
