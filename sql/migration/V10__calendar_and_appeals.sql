-- The official calendar of working days: weekends are rest days unless listed here as make-up
-- working days (调休上班); public holidays are listed as HOLIDAY. Deadlines counted in working
-- days (appeals now; follow-ups and SLAs later) use it. Seeded with the 2026 arrangement of the
-- State Council General Office's notice on public holidays; administrators keep it current and
-- should check it against the notice of each year.

CREATE TABLE calendar_day (
  day      DATE         NOT NULL,
  kind     VARCHAR(8)   NOT NULL,
  name_zh  VARCHAR(50)  NOT NULL,
  name_en  VARCHAR(100) NOT NULL,
  PRIMARY KEY (day),
  CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO calendar_day (day, kind, name_zh, name_en) VALUES
  ('2026-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
  ('2026-01-02', 'HOLIDAY', '元旦', 'New Year''s Day'),
  ('2026-01-03', 'HOLIDAY', '元旦', 'New Year''s Day'),
  ('2026-01-04', 'WORKDAY', '元旦调休上班', 'Make-up working day (New Year)'),
  ('2026-02-14', 'WORKDAY', '春节调休上班', 'Make-up working day (Spring Festival)'),
  ('2026-02-15', 'HOLIDAY', '春节', 'Spring Festival'),
  ('2026-02-16', 'HOLIDAY', '春节', 'Spring Festival'),
  ('2026-02-17', 'HOLIDAY', '春节', 'Spring Festival'),
  ('2026-02-18', 'HOLIDAY', '春节', 'Spring Festival'),
  ('2026-02-19', 'HOLIDAY', '春节', 'Spring Festival'),
  ('2026-02-20', 'HOLIDAY', '春节', 'Spring Festival'),
  ('2026-02-21', 'HOLIDAY', '春节', 'Spring Festival'),
  ('2026-02-22', 'HOLIDAY', '春节', 'Spring Festival'),
  ('2026-02-23', 'HOLIDAY', '春节', 'Spring Festival'),
  ('2026-02-28', 'WORKDAY', '春节调休上班', 'Make-up working day (Spring Festival)'),
  ('2026-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
  ('2026-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
  ('2026-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
  ('2026-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
  ('2026-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
  ('2026-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
  ('2026-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
  ('2026-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
  ('2026-05-09', 'WORKDAY', '劳动节调休上班', 'Make-up working day (Labour Day)'),
  ('2026-06-19', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
  ('2026-06-20', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
  ('2026-06-21', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
  ('2026-09-20', 'WORKDAY', '国庆节调休上班', 'Make-up working day (National Day)'),
  ('2026-09-25', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
  ('2026-09-26', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
  ('2026-09-27', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
  ('2026-10-01', 'HOLIDAY', '国庆节', 'National Day'),
  ('2026-10-02', 'HOLIDAY', '国庆节', 'National Day'),
  ('2026-10-03', 'HOLIDAY', '国庆节', 'National Day'),
  ('2026-10-04', 'HOLIDAY', '国庆节', 'National Day'),
  ('2026-10-05', 'HOLIDAY', '国庆节', 'National Day'),
  ('2026-10-06', 'HOLIDAY', '国庆节', 'National Day'),
  ('2026-10-07', 'HOLIDAY', '国庆节', 'National Day'),
  ('2026-10-10', 'WORKDAY', '国庆节调休上班', 'Make-up working day (National Day)');

-- One appeal per rejected appraisal, by whoever holds its receipt, decided by someone other
-- than the moderator who rejected it.
CREATE TABLE appeal (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  appraisal_id   BIGINT        NOT NULL,
  filed_at       DATETIME(6)   NOT NULL,
  statement      VARCHAR(500)  NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  decided_by     VARCHAR(64)   NULL,
  decided_at     DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_appeal_appraisal UNIQUE (appraisal_id),
  CONSTRAINT fk_appeal_appraisal FOREIGN KEY (appraisal_id) REFERENCES appraisal (id),
  INDEX ix_appeal_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
