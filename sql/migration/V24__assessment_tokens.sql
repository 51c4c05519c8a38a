-- API tokens of the assessments scope belong to an evaluator organisation: a system uploads score
-- sheets for its own organisation only, and sees only its own sheets.
ALTER TABLE api_token ADD COLUMN org_id BIGINT NULL;
ALTER TABLE api_token ADD CONSTRAINT fk_api_token_org FOREIGN KEY (org_id) REFERENCES evaluator_org (id);
