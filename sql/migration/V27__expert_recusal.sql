-- An expert steps aside (回避) from an agency they have a conflict of interest with (they work for
-- it, or did lately, or a relative does): they give the reason and leave its scores empty. The
-- panel's mean for that agency is taken over the others; Kendall's W counts only experts who
-- scored every agency.
CREATE TABLE expert_recusal (
  panel_id     BIGINT        NOT NULL,
  user_id      BIGINT        NOT NULL,
  agency_id    BIGINT        NOT NULL,
  reason       VARCHAR(500)  NOT NULL,
  declared_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (panel_id, user_id, agency_id),
  CONSTRAINT fk_expert_recusal_member FOREIGN KEY (panel_id, user_id) REFERENCES expert_panel_member (panel_id, user_id),
  CONSTRAINT fk_expert_recusal_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
