-- Near-duplicates are now found by comparing the bigrams of recent comments directly (Jaccard
-- similarity), which separates edited copies from different comments far more reliably for
-- short texts than a 64-bit SimHash did; the fingerprint column is no longer needed.
ALTER TABLE appraisal DROP COLUMN comment_simhash;
