-- The service hall (政务服务大厅) where the citizen was served, when the appraisal names one: from
-- the hall's QR poster (/qr?code=HZ&hall=…), the form's list of the agency's halls, or the API's
-- field "hall". The intake refuses a hall of another agency, so a stored hall is always one of the
-- appraisal's agency; the foreign key keeps it an existing hall (halls are never deleted).
ALTER TABLE appraisal
  ADD COLUMN hall_id BIGINT NULL AFTER service_id,
  ADD INDEX ix_appraisal_hall (hall_id),
  ADD CONSTRAINT fk_appraisal_hall FOREIGN KEY (hall_id) REFERENCES service_hall (id);
