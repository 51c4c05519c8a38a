-- Staff accounts (agency staff, evaluators, experts, moderators, administrators, auditors) are made
-- by invitation: an administrator names the person, the role and its scope; the account exists,
-- disabled and with a password hash nothing matches, until the person opens the one-time link and
-- chooses a password. The portal keeps only the SHA-256 of the link's token. A new invitation for
-- the same account replaces the old one (its row is deleted), so at most one link works at a time.
CREATE TABLE staff_invitation (
  token_sha256  CHAR(64)     NOT NULL,
  user_id       BIGINT       NOT NULL,
  invited_by    VARCHAR(64)  NOT NULL,
  invited_at    DATETIME(6)  NOT NULL,
  expires_at    DATETIME(6)  NOT NULL,
  accepted_at   DATETIME(6)  NULL,
  PRIMARY KEY (token_sha256),
  INDEX ix_staff_invitation_user (user_id),
  CONSTRAINT fk_staff_invitation_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
