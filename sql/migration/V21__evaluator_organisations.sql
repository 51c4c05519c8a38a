-- Third-party evaluation 第三方评估: accredited organisations, their staff accounts, their
-- assignments to agencies in a cycle, and the conflict-of-interest declaration an organisation
-- makes for an agency before its first upload. A declared conflict blocks the assignment.
CREATE TABLE evaluator_org (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  code        VARCHAR(32)   NOT NULL,
  name_zh     VARCHAR(100)  NOT NULL,
  name_en     VARCHAR(200)  NOT NULL,
  created_by  VARCHAR(64)   NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_evaluator_org_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An account belongs to at most one organisation.
CREATE TABLE evaluator_member (
  user_id  BIGINT  NOT NULL,
  org_id   BIGINT  NOT NULL,
  PRIMARY KEY (user_id),
  CONSTRAINT fk_evaluator_member_user FOREIGN KEY (user_id) REFERENCES user_account (id),
  CONSTRAINT fk_evaluator_member_org FOREIGN KEY (org_id) REFERENCES evaluator_org (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE evaluator_assignment (
  org_id       BIGINT       NOT NULL,
  agency_id    BIGINT       NOT NULL,
  cycle_id     BIGINT       NOT NULL,
  assigned_by  VARCHAR(64)  NOT NULL,
  assigned_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (org_id, agency_id, cycle_id),
  CONSTRAINT fk_evaluator_assignment_org FOREIGN KEY (org_id) REFERENCES evaluator_org (id),
  CONSTRAINT fk_evaluator_assignment_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT fk_evaluator_assignment_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One declaration per organisation and agency; it is not changed afterwards (a new circumstance
-- is for the administrators to handle), so nobody can declare "no conflict" after a refusal.
CREATE TABLE conflict_declaration (
  org_id        BIGINT        NOT NULL,
  agency_id     BIGINT        NOT NULL,
  has_conflict  BOOLEAN       NOT NULL,
  statement     VARCHAR(500)  NOT NULL,
  declared_by   VARCHAR(64)   NOT NULL,
  declared_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (org_id, agency_id),
  CONSTRAINT fk_conflict_declaration_org FOREIGN KEY (org_id) REFERENCES evaluator_org (id),
  CONSTRAINT fk_conflict_declaration_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
