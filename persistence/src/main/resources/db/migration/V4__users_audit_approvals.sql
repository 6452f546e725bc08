-- Users and their roles. Passwords are stored only as salted PBKDF2 hashes.
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE app_user (
  id              BIGINT       NOT NULL PRIMARY KEY,
  username        VARCHAR(32)  NOT NULL UNIQUE,
  display_name    VARCHAR(100) NOT NULL,
  enabled         BOOLEAN      NOT NULL,
  password_hash   VARCHAR(200) NOT NULL,
  failed_sign_ins INT          NOT NULL,
  locked_until    TIMESTAMP(6) WITH TIME ZONE,
  created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE app_user_role (
  user_id BIGINT      NOT NULL REFERENCES app_user (id),
  role    VARCHAR(16) NOT NULL
      CHECK (role IN ('CLERK', 'ACCOUNTANT', 'RISK_MANAGER', 'COMPLIANCE', 'ADMIN', 'VIEWER')),
  PRIMARY KEY (user_id, role)
);

-- The audit trail: append-only and hash-chained. Each record carries the hash of the one before;
-- the newest record's sequence and hash are also kept in workspace_setting 'audit.head', whose row
-- is locked by every append so that appends are serialised.
CREATE TABLE audit_record (
  seq           BIGINT        NOT NULL PRIMARY KEY,
  recorded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  actor         VARCHAR(64)   NOT NULL,
  entity_type   VARCHAR(64)   NOT NULL,
  entity_id     VARCHAR(200)  NOT NULL,
  action        VARCHAR(32)   NOT NULL,
  before_value  CLOB          NOT NULL,
  after_value   CLOB          NOT NULL,
  reason        VARCHAR(2000) NOT NULL,
  previous_hash CHAR(64)      NOT NULL,
  record_hash   CHAR(64)      NOT NULL
);
CREATE INDEX audit_record_entity ON audit_record (entity_type, entity_id);
CREATE INDEX audit_record_actor ON audit_record (actor);
CREATE INDEX audit_record_time ON audit_record (recorded_at);

INSERT INTO workspace_setting (setting_key, setting_value)
VALUES ('audit.head', '0:0000000000000000000000000000000000000000000000000000000000000000');

-- Four-eyes requests: what the maker asked for, and the checker's decision.
CREATE SEQUENCE approval_request_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE approval_request (
  id               BIGINT        NOT NULL PRIMARY KEY,
  kind             VARCHAR(64)   NOT NULL,
  entity_type      VARCHAR(64)   NOT NULL,
  entity_id        VARCHAR(200)  NOT NULL,
  summary          VARCHAR(500)  NOT NULL,
  before_value     CLOB          NOT NULL,
  after_value      CLOB          NOT NULL,
  payload          CLOB          NOT NULL,
  reason           VARCHAR(2000) NOT NULL,
  maker            VARCHAR(32)   NOT NULL,
  submitted_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  status           VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
  checker          VARCHAR(32)   NOT NULL,
  decided_at       TIMESTAMP(6) WITH TIME ZONE,
  decision_comment VARCHAR(2000) NOT NULL
);
CREATE INDEX approval_request_status ON approval_request (status);
