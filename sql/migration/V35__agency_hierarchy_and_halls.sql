-- Administrators keep the agencies as trees (a regional government, its cities, their departments),
-- with their services and service halls, from the page /admin/agencies.
--
-- parent_id is NULL for a tree's root: the 14 pilot agencies of V2 stay roots with their codes.
-- The page refuses a parent that is the agency itself or one of its descendants, so the trees have
-- no cycles; the foreign key keeps every parent an existing agency.
ALTER TABLE agency
  ADD COLUMN parent_id BIGINT NULL AFTER id,
  ADD CONSTRAINT fk_agency_parent FOREIGN KEY (parent_id) REFERENCES agency (id);

-- The kinds of AgencyKind: DEPARTMENT (a department of a regional government) joins the kinds of V2.
ALTER TABLE agency
  ADD CONSTRAINT ck_agency_kind CHECK (kind IN ('REGIONAL_GOVERNMENT', 'DEPARTMENT', 'MINISTRY',
    'STATE_COUNCIL_AGENCY', 'CENTRAL_ENTERPRISE', 'BUDGET_PROGRAMME'));

-- Services are edited from the page now: optimistic locking, as agencies have.
ALTER TABLE service_offering ADD COLUMN version INT NOT NULL DEFAULT 0;

-- A service hall (政务服务大厅) of an agency: where citizens are served in person, with its address.
-- Codes are unique across agencies, like service codes, so a printed code names one hall.
CREATE TABLE service_hall (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(48)  NOT NULL,
  agency_id   BIGINT       NOT NULL,
  name_zh     VARCHAR(100) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  address_zh  VARCHAR(200) NOT NULL,
  address_en  VARCHAR(300) NOT NULL,
  sort_order  INT          NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_service_hall_code UNIQUE (code),
  INDEX ix_service_hall_agency (agency_id, sort_order),
  CONSTRAINT fk_service_hall_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
