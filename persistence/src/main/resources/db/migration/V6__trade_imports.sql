-- Trade file imports: one row per imported file (its SHA-256 refuses a second import of the same
-- file), the rows set aside by a quarantine import for repair, and the saved mapping profiles.
CREATE TABLE trade_import (
  id               BIGINT        NOT NULL PRIMARY KEY,
  file_name        VARCHAR(500)  NOT NULL,
  sha256           CHAR(64)      NOT NULL,
  profile          VARCHAR(64)   NOT NULL,
  imported_by      VARCHAR(32)   NOT NULL,
  imported_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  rows_loaded      INT           NOT NULL,
  rows_quarantined INT           NOT NULL,
  first_trade_id   BIGINT,
  last_trade_id    BIGINT
);
CREATE INDEX trade_import_sha256 ON trade_import (sha256);

CREATE TABLE trade_import_quarantine (
  import_id  BIGINT         NOT NULL REFERENCES trade_import (id),
  line       INT            NOT NULL,
  raw_line   VARCHAR(10000) NOT NULL,
  problems   VARCHAR(10000) NOT NULL,
  PRIMARY KEY (import_id, line)
);

CREATE TABLE trade_import_profile (
  name        VARCHAR(64)    NOT NULL PRIMARY KEY,
  properties  VARCHAR(20000) NOT NULL
);
