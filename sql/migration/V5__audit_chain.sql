-- The tamper-evident audit chain. Every event's hash covers the previous event's hash and its
-- own canonical payload, so changing or removing any event breaks every link after it.
-- Appends are serialized on the single row of audit_head (SELECT ... FOR UPDATE).

CREATE TABLE audit_event (
  seq            BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at    DATETIME(6)  NOT NULL,
  actor          VARCHAR(64)  NOT NULL,
  action         VARCHAR(48)  NOT NULL,
  subject        VARCHAR(128) NOT NULL,
  payload        TEXT         NOT NULL,
  previous_hash  CHAR(64)     NOT NULL,
  hash           CHAR(64)     NOT NULL,
  PRIMARY KEY (seq),
  -- A second event chained to the same predecessor would fork the chain.
  CONSTRAINT uk_audit_event_previous UNIQUE (previous_hash),
  INDEX ix_audit_event_occurred (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE audit_head (
  id    INT      NOT NULL,
  hash  CHAR(64) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO audit_head (id, hash) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');

-- Audit events are append-only for everyone who reaches the database through SQL, the
-- application's own user included. (Production also withholds UPDATE and DELETE on audit_event
-- from the application's user: see docs/OPERATIONS.md.)
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are append-only';
