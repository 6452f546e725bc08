-- Settlement status files from the custodians (issue #12): one row per imported file (its SHA-256
-- refuses a second import of the same file) and one row per status line, kept as the custodian
-- sent it. trade_id is null for a reference the firm does not know: the line is kept, and listed
-- as unknown, not dropped. settled_quantity is what has settled so far (MT548's settled to date),
-- remaining_quantity what is still to settle. Lines are stored by sequential ids through the intake
-- pipeline (V12), so an import killed part-way is rolled back by its id range.
CREATE TABLE settlement_status_import (
  id             BIGINT        NOT NULL PRIMARY KEY,
  file_name      VARCHAR(500)  NOT NULL,
  sha256         CHAR(64)      NOT NULL,
  imported_by    VARCHAR(32)   NOT NULL,
  imported_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  lines_loaded   INT           NOT NULL,
  unknown_lines  INT           NOT NULL,
  settled_parts  INT           NOT NULL,
  first_line_id  BIGINT,
  last_line_id   BIGINT
);
CREATE INDEX settlement_status_import_sha256 ON settlement_status_import (sha256);

CREATE TABLE settlement_status (
  id                        BIGINT        NOT NULL PRIMARY KEY,
  file_name                 VARCHAR(500)  NOT NULL,
  line                      INT           NOT NULL,
  statement_date            DATE          NOT NULL,
  our_reference             VARCHAR(64)   NOT NULL,
  trade_id                  BIGINT,
  account_number            VARCHAR(64)   NOT NULL,
  isin                      VARCHAR(12)   NOT NULL,
  status                    VARCHAR(24)   NOT NULL
    CHECK (status IN ('PENDING', 'MATCHED', 'SETTLED', 'PARTIALLY_SETTLED', 'FAILED')),
  quantity                  DECIMAL(24,6) NOT NULL,
  settled_quantity          DECIMAL(24,6) NOT NULL,
  remaining_quantity        DECIMAL(24,6) NOT NULL,
  settlement_amount         DECIMAL(24,6) NOT NULL,
  currency                  CHAR(3)       NOT NULL,
  intended_settlement_date  DATE          NOT NULL,
  actual_settlement_date    DATE,
  reason_code               VARCHAR(16)   NOT NULL
);
CREATE INDEX settlement_status_trade ON settlement_status (trade_id);
CREATE INDEX settlement_status_reference ON settlement_status (our_reference);

-- A settled part written from a status line names that line (null for a part recorded otherwise).
ALTER TABLE settlement_record ADD COLUMN status_id BIGINT;

-- Who works a settlement fail, and what they wrote: one row per assignment, the newest counts.
-- Never updated or deleted (the audit trail has each one too).
CREATE TABLE settlement_fail_note (
  id         BIGINT        NOT NULL PRIMARY KEY,
  trade_id   BIGINT        NOT NULL,
  owner      VARCHAR(32)   NOT NULL,
  comment    VARCHAR(2000) NOT NULL,
  noted_by   VARCHAR(32)   NOT NULL,
  noted_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX settlement_fail_note_trade ON settlement_fail_note (trade_id);
