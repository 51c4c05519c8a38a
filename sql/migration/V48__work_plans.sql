-- Work plans 工作方案 of the pilot agencies (a region's government or a ministry), kept by the
-- evaluation office: an overall goal, phases with their goals and target dates, steps with their
-- dates under a phase, and tasks decomposed to departments, each assigned to a staff account of the
-- agency. Liaison officers 联络员 (staff accounts of the agency) report progress on tasks and stage
-- reports on phases; the plan's reporting interval and next due date make a late agency overdue.
CREATE TABLE work_plan (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  agency_id        BIGINT        NOT NULL,
  overall_goal     VARCHAR(1000) NOT NULL,
  starts_on        DATE          NOT NULL,
  ends_on          DATE          NOT NULL,
  report_every     INT           NOT NULL,
  report_unit      VARCHAR(8)    NOT NULL,
  next_report_due  DATE          NOT NULL,
  -- The due date the office set last: later due dates are counted from it, so months do not drift.
  report_anchor    DATE          NOT NULL,
  created_by       VARCHAR(64)   NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_work_plan_agency UNIQUE (agency_id),
  CONSTRAINT fk_work_plan_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT ck_work_plan_unit CHECK (report_unit IN ('DAYS', 'MONTHS')),
  CONSTRAINT ck_work_plan_every CHECK (report_every BETWEEN 1 AND 366),
  CONSTRAINT ck_work_plan_dates CHECK (ends_on >= starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_phase (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  plan_id    BIGINT       NOT NULL,
  position   INT          NOT NULL,
  goal       VARCHAR(500) NOT NULL,
  target_on  DATE         NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_plan_phase_position UNIQUE (plan_id, position),
  CONSTRAINT fk_plan_phase_plan FOREIGN KEY (plan_id) REFERENCES work_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_step (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  phase_id   BIGINT       NOT NULL,
  title      VARCHAR(300) NOT NULL,
  starts_on  DATE         NOT NULL,
  ends_on    DATE         NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_plan_step_phase FOREIGN KEY (phase_id) REFERENCES plan_phase (id),
  CONSTRAINT ck_plan_step_dates CHECK (ends_on >= starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A task's department is either free text or a child agency of the plan's agency (department_agency_id).
CREATE TABLE plan_task (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  phase_id              BIGINT       NOT NULL,
  title                 VARCHAR(300) NOT NULL,
  department_text       VARCHAR(200) NULL,
  department_agency_id  BIGINT       NULL,
  assignee_id           BIGINT       NOT NULL,
  due_on                DATE         NOT NULL,
  state                 VARCHAR(16)  NOT NULL,
  percent_done          INT          NOT NULL DEFAULT 0,
  version               INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_plan_task_phase FOREIGN KEY (phase_id) REFERENCES plan_phase (id),
  CONSTRAINT fk_plan_task_department FOREIGN KEY (department_agency_id) REFERENCES agency (id),
  CONSTRAINT fk_plan_task_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id),
  CONSTRAINT ck_plan_task_state CHECK (state IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
  CONSTRAINT ck_plan_task_percent CHECK (percent_done BETWEEN 0 AND 100),
  INDEX ix_plan_task_due (due_on, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The plan's liaison officers: staff accounts of the plan's agency.
CREATE TABLE plan_liaison (
  plan_id     BIGINT       NOT NULL,
  user_id     BIGINT       NOT NULL,
  named_by    VARCHAR(64)  NOT NULL,
  named_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (plan_id, user_id),
  CONSTRAINT fk_plan_liaison_plan FOREIGN KEY (plan_id) REFERENCES work_plan (id),
  CONSTRAINT fk_plan_liaison_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What liaison officers filed: progress on a task (percent and text), or a stage report on a phase
-- (text and an optional PDF kept outside the web root under a generated name).
CREATE TABLE plan_report (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id         BIGINT        NOT NULL,
  kind            VARCHAR(8)    NOT NULL,
  task_id         BIGINT        NULL,
  phase_id        BIGINT        NULL,
  percent_done    INT           NULL,
  note            VARCHAR(2000) NOT NULL,
  file_name       VARCHAR(64)   NULL,
  original_name   VARCHAR(200)  NULL,
  sha256          CHAR(64)      NULL,
  filed_by        VARCHAR(64)   NOT NULL,
  filed_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_plan_report_plan FOREIGN KEY (plan_id) REFERENCES work_plan (id),
  CONSTRAINT fk_plan_report_task FOREIGN KEY (task_id) REFERENCES plan_task (id),
  CONSTRAINT fk_plan_report_phase FOREIGN KEY (phase_id) REFERENCES plan_phase (id),
  CONSTRAINT ck_plan_report_kind CHECK ((kind = 'PROGRESS' AND task_id IS NOT NULL AND percent_done BETWEEN 0 AND 100)
    OR (kind = 'STAGE' AND phase_id IS NOT NULL)),
  CONSTRAINT uk_plan_report_file UNIQUE (file_name),
  INDEX ix_plan_report_plan (plan_id, filed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
