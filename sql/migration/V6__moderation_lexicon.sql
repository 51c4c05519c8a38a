-- The sensitive-word lexicon of the intake rules: data, edited by administrators, reloaded by
-- every portal instance within seconds of a change (it compares the version).

CREATE TABLE moderation_term (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  term        VARCHAR(100) NOT NULL,
  reason      VARCHAR(16)  NOT NULL,
  created_by  VARCHAR(64)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_moderation_term UNIQUE (term)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE moderation_lexicon_version (
  id       INT    NOT NULL,
  version  BIGINT NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO moderation_lexicon_version (id, version) VALUES (1, 1);

-- A small starting lexicon; the evaluation office maintains the real one.
INSERT INTO moderation_term (term, reason, created_by, created_at) VALUES
  ('傻逼', 'offensive', 'system', UTC_TIMESTAMP(6)),
  ('王八蛋', 'offensive', 'system', UTC_TIMESTAMP(6)),
  ('去死', 'offensive', 'system', UTC_TIMESTAMP(6)),
  ('fuck', 'offensive', 'system', UTC_TIMESTAMP(6)),
  ('idiot', 'offensive', 'system', UTC_TIMESTAMP(6)),
  ('代开发票', 'spam', 'system', UTC_TIMESTAMP(6)),
  ('办证', 'spam', 'system', UTC_TIMESTAMP(6)),
  ('刷单', 'spam', 'system', UTC_TIMESTAMP(6)),
  ('好评返现', 'spam', 'system', UTC_TIMESTAMP(6)),
  ('cheap pills', 'spam', 'system', UTC_TIMESTAMP(6));
