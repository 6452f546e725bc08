-- Opening balances files (issue #12): one row per file an administrator loaded as the firm's
-- opening book (its SHA-256 refuses a second load of the same file). Its lines are the rows of
-- opening_position and opening_cash whose import_id names it: one id range across both tables,
-- stored through the intake pipeline (V12), so a load killed part-way is rolled back by that range.
CREATE TABLE opening_import (
  id             BIGINT        NOT NULL PRIMARY KEY,
  file_name      VARCHAR(500)  NOT NULL,
  sha256         CHAR(64)      NOT NULL,
  imported_by    VARCHAR(32)   NOT NULL,
  imported_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  as_of          DATE          NOT NULL,
  positions      INT           NOT NULL,
  cash_balances  INT           NOT NULL,
  first_line_id  BIGINT,
  last_line_id   BIGINT
);
CREATE INDEX opening_import_sha256 ON opening_import (sha256);
