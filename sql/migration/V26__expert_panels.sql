-- Expert evaluation 专家评价: administrators form one panel of expert accounts per cycle and pilot
-- track; every member scores every agency of the track on each leaf indicator that takes expert
-- scores, with a comment per score, and submits once. Drafts stay private to their expert; only
-- submitted members' scores reach scoring, as the EXPERT source (trimmed mean, Kendall's W).
CREATE TABLE expert_panel (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  cycle_id    BIGINT       NOT NULL,
  track_id    BIGINT       NOT NULL,
  created_by  VARCHAR(64)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_expert_panel UNIQUE (cycle_id, track_id),
  CONSTRAINT fk_expert_panel_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
  CONSTRAINT fk_expert_panel_track FOREIGN KEY (track_id) REFERENCES pilot_track (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE expert_panel_member (
  panel_id      BIGINT       NOT NULL,
  user_id       BIGINT       NOT NULL,
  added_by      VARCHAR(64)  NOT NULL,
  added_at      DATETIME(6)  NOT NULL,
  submitted_at  DATETIME(6)  NULL,
  PRIMARY KEY (panel_id, user_id),
  CONSTRAINT fk_expert_panel_member_panel FOREIGN KEY (panel_id) REFERENCES expert_panel (id),
  CONSTRAINT fk_expert_panel_member_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE expert_score (
  panel_id      BIGINT         NOT NULL,
  user_id       BIGINT         NOT NULL,
  agency_id     BIGINT         NOT NULL,
  indicator_id  BIGINT         NOT NULL,
  score         DECIMAL(9, 4)  NOT NULL,
  comment       VARCHAR(500)   NOT NULL,
  updated_at    DATETIME(6)    NOT NULL,
  PRIMARY KEY (panel_id, user_id, agency_id, indicator_id),
  CONSTRAINT fk_expert_score_member FOREIGN KEY (panel_id, user_id) REFERENCES expert_panel_member (panel_id, user_id),
  CONSTRAINT fk_expert_score_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT fk_expert_score_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
  CONSTRAINT ck_expert_score CHECK (score >= 0 AND score <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
