-- Tokens with which other systems (a statistics bureau's, an agency's performance system) call the
-- API, e.g. to import internal assessment scores. Issued and revoked by administrators; only the
-- SHA-256 of a token is stored (tokens are 256-bit random values, so a plain hash suffices).
CREATE TABLE api_token (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  name          VARCHAR(100)  NOT NULL,
  scope         VARCHAR(32)   NOT NULL,
  token_sha256  CHAR(64)      NOT NULL,
  created_by    VARCHAR(64)   NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  revoked_at    DATETIME(6)   NULL,
  last_used_at  DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_api_token_sha256 UNIQUE (token_sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
