-- Citizens register with an e-mail address or a mainland mobile number as their user name and
-- may verify it with a one-time code; a verified account's ratings carry the VERIFIED trust weight.
ALTER TABLE user_account ADD COLUMN verified_at DATETIME(6) NULL;

-- The one open verification of an account: only the code's hash is kept, for ten minutes and a few tries.
CREATE TABLE verification_code (
  user_id     BIGINT       NOT NULL,
  code_hash   CHAR(64)     NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  attempts    INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id),
  CONSTRAINT fk_verification_code_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
