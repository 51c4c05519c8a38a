-- Two-factor sign-in (TOTP, RFC 6238) for moderators, administrators and auditors. A row exists
-- only for an account whose holder confirmed the secret with a code from the app; turning it off,
-- or an administrator's reset, deletes the row and its recovery codes. last_step is the 30-second
-- time step of the last code accepted, so a code is accepted once: a later sign-in needs a later
-- step. The secret is stored as the app holds it (Base32): the only key the portal has lives in
-- this same database, so encrypting under it would hide nothing from a reader of the database
-- (docs/SECURITY.md).
CREATE TABLE two_factor (
  user_id     BIGINT       NOT NULL,
  secret      VARCHAR(64)  NOT NULL,
  enabled_at  DATETIME(6)  NOT NULL,
  last_step   BIGINT       NOT NULL,
  PRIMARY KEY (user_id),
  CONSTRAINT fk_two_factor_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Ten one-time recovery codes per account, shown once when two-factor sign-in is turned on; only
-- their SHA-256 (salted with the account's id) is kept. A used code keeps its row, marked used.
CREATE TABLE two_factor_recovery (
  user_id    BIGINT       NOT NULL,
  code_hash  CHAR(64)     NOT NULL,
  used_at    DATETIME(6)  NULL,
  PRIMARY KEY (user_id, code_hash),
  CONSTRAINT fk_two_factor_recovery_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The evaluation office's sign-in policy: one row. When two_factor_required is on, a moderator,
-- administrator or auditor without two-factor sign-in is sent to set it up after the password and
-- is not signed in until it is set up. Off by default.
CREATE TABLE sign_in_policy (
  id                   TINYINT      NOT NULL,
  two_factor_required  BOOLEAN      NOT NULL,
  changed_by           VARCHAR(64)  NULL,
  changed_at           DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_sign_in_policy_one_row CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO sign_in_policy (id, two_factor_required) VALUES (1, FALSE);
