-- The rating code of a service case: the one citizen whose case it is gets it (on the slip the
-- agency hands over, or sent by the portal to the contact the agency registered the case with, when
-- the agency never sees it), and a rating of the case must carry it. Without it anyone who guessed
-- a case number could take the case's one rating first. Kept as a keyed hash (HMAC under the
-- rater-key secret), like rater keys: a copy of the table does not give the codes away.
-- Cases registered before this migration have none and are rated without one.
ALTER TABLE service_case ADD COLUMN rating_code_key CHAR(64) NULL;
