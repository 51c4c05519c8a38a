-- A citizen's registration waits here until the six-digit code sent to the e-mail address or mobile
-- number proves the registrant holds it; only then is the account made (verified). An attempt with a
-- contact that has an account already is stored alike, with a code hash no six-digit code matches, and
-- its holder is told through the channel instead: the next step, its tries and its expiry are the same
-- whether or not the contact is taken, so registration does not say who has an account.
-- The browser holds the token; only its hash is kept here, as for the code.
CREATE TABLE pending_registration (
  token_hash     CHAR(64)     NOT NULL,
  username       VARCHAR(64)  NOT NULL,
  password_hash  VARCHAR(255) NOT NULL,
  display_name   VARCHAR(100) NOT NULL,
  code_hash      CHAR(64)     NOT NULL,
  expires_at     DATETIME(6)  NOT NULL,
  attempts       INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (token_hash),
  INDEX ix_pending_registration_username (username),
  INDEX ix_pending_registration_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
