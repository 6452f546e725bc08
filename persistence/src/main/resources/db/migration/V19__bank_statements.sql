-- Bank statements (issue #13): one row per imported MT940 or camt.053 file (its SHA-256 refuses a
-- second import of the same file), one row per statement, one per entry. Entries are stored by
-- sequential ids through the intake pipeline (V12), so an import killed part-way is rolled back by
-- its id range; statements and the import row are written with the last entries. account_code is
-- the firm's cash account the statement's IBAN or number matched; discontinuity says why a
-- statement does not follow the account's statement stored before it (null when it does).
-- Text columns are wider than the formats allow (35 characters for a camt.053 reference), and
-- the remittance text unbounded, since banks vary. Amounts are signed from the firm's view: a credit positive, a debit negative.
CREATE TABLE bank_statement_import (
  id               BIGINT        NOT NULL PRIMARY KEY,
  file_name        VARCHAR(500)  NOT NULL,
  sha256           CHAR(64)      NOT NULL,
  imported_by      VARCHAR(32)   NOT NULL,
  imported_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  statements       INT           NOT NULL,
  entries          INT           NOT NULL,
  discontinuities  INT           NOT NULL,
  first_entry_id   BIGINT,
  last_entry_id    BIGINT
);
CREATE INDEX bank_statement_import_sha256 ON bank_statement_import (sha256);

CREATE TABLE bank_statement (
  id               BIGINT        NOT NULL PRIMARY KEY,
  import_id        BIGINT        NOT NULL,
  account_code     VARCHAR(32)   NOT NULL,
  account          VARCHAR(140)  NOT NULL,
  currency         CHAR(3)       NOT NULL,
  statement_number VARCHAR(140)  NOT NULL,
  page             VARCHAR(64),
  opening_date     DATE          NOT NULL,
  opening_balance  DECIMAL(24,6) NOT NULL,
  closing_date     DATE          NOT NULL,
  closing_balance  DECIMAL(24,6) NOT NULL,
  entries          INT           NOT NULL,
  file_name        VARCHAR(500)  NOT NULL,
  line             INT           NOT NULL,
  discontinuity    VARCHAR(2000)
);
CREATE INDEX bank_statement_account ON bank_statement (account_code, closing_date);

CREATE TABLE bank_statement_entry (
  id                    BIGINT        NOT NULL PRIMARY KEY,
  statement_id          BIGINT        NOT NULL,
  value_date            DATE          NOT NULL,
  booking_date          DATE,
  amount                DECIMAL(24,6) NOT NULL,
  mark                  VARCHAR(4)    NOT NULL,
  type_code             VARCHAR(140),
  end_to_end_id         VARCHAR(140),
  bank_reference        VARCHAR(140),
  customer_reference    VARCHAR(140),
  counterparty_name     VARCHAR(350),
  counterparty_account  VARCHAR(140),
  information           VARCHAR       NOT NULL,
  file_name             VARCHAR(500)  NOT NULL,
  line                  INT           NOT NULL
);
CREATE INDEX bank_statement_entry_statement ON bank_statement_entry (statement_id);
