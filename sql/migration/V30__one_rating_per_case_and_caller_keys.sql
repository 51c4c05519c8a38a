-- One standing rating per service case and round (一事一评), whoever the rater is, and
-- idempotency keys that belong to their caller.
--
-- A service case is one citizen's piece of business, so it has one rating per round: rotating
-- device tokens no longer buys a second one. The rating claims the case until its author withdraws
-- it; a rejected rating keeps its claim, because its author may appeal and an overturn must not
-- collide with a later rating. The claim is a generated column, so no code path can forget it, and
-- the UNIQUE key (NULLs never collide) enforces it under any concurrency.
ALTER TABLE appraisal ADD COLUMN claims_case TINYINT
  AS (CASE WHEN service_case_id IS NOT NULL AND status <> 'WITHDRAWN' THEN 1 END) PERSISTENT;
ALTER TABLE appraisal ADD CONSTRAINT uk_appraisal_case_claim UNIQUE (service_case_id, rating_round, claims_case);

-- An Idempotency-Key answers only the caller that first sent it (the keyed hash of its account,
-- device or system user): another caller sending the same key and body gets a new appraisal of its
-- own, never the first caller's receipt, which is the credential to withdraw and to appeal.
ALTER TABLE idempotency_record ADD COLUMN caller_key CHAR(64) NOT NULL DEFAULT '' FIRST;
ALTER TABLE idempotency_record DROP PRIMARY KEY, ADD PRIMARY KEY (caller_key, idem_key);
