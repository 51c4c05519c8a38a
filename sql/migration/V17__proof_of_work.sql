-- The self-hosted proof of work (ALTCHA) of anonymous ratings: the secret that signs challenges,
-- and the solutions already accepted, each kept until its challenge expires so it counts once.
INSERT INTO server_secret (name, secret) VALUES ('proof-of-work', RANDOM_BYTES(32));

CREATE TABLE pow_solution (
  signature   CHAR(64)     NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (signature),
  INDEX ix_pow_solution_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;
