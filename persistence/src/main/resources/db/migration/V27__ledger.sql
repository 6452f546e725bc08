-- The ledger: the chart of accounts, the journal (entries of lines, never changed once posted),
-- the balances kept as entries post, and the closed periods.

-- The firm's chart; seeded with the standard chart when the ledger first opens.
CREATE TABLE ledger_account (
  code           VARCHAR(16)  NOT NULL PRIMARY KEY,
  name           VARCHAR(120) NOT NULL,
  account_class  VARCHAR(16)  NOT NULL,
  parent         VARCHAR(16),
  currency       CHAR(3),
  header         BOOLEAN      NOT NULL,
  updated_by     VARCHAR(32)  NOT NULL,
  updated_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- One row per entry, ids in the order entries are stored. event_key makes posting idempotent: an
-- event is booked once. The reporting totals must agree (the database refuses an entry that does
-- not balance in the reporting currency; journal_entry_total does it per currency).
CREATE TABLE journal_entry (
  id                BIGINT        NOT NULL PRIMARY KEY,
  entry_date        DATE          NOT NULL,
  kind              VARCHAR(16)   NOT NULL,
  event_key         VARCHAR(96),
  trade_id          BIGINT,
  description       VARCHAR(400)  NOT NULL,
  reverses          BIGINT,
  state             VARCHAR(16)   NOT NULL,
  prepared_by       VARCHAR(32)   NOT NULL,
  prepared_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  posted_by         VARCHAR(32),
  posted_at         TIMESTAMP(6) WITH TIME ZONE,
  reporting_debit   DECIMAL(24,6) NOT NULL,
  reporting_credit  DECIMAL(24,6) NOT NULL,
  CONSTRAINT journal_entry_balanced CHECK (reporting_debit = reporting_credit)
);
CREATE UNIQUE INDEX journal_entry_event ON journal_entry (event_key);
CREATE INDEX journal_entry_trade ON journal_entry (trade_id);

CREATE TABLE journal_entry_total (
  entry_id  BIGINT        NOT NULL,
  currency  CHAR(3)       NOT NULL,
  debit     DECIMAL(24,6) NOT NULL,
  credit    DECIMAL(24,6) NOT NULL,
  PRIMARY KEY (entry_id, currency),
  CONSTRAINT journal_entry_total_balanced CHECK (debit = credit)
);

CREATE TABLE journal_line (
  entry_id          BIGINT        NOT NULL,
  line_no           INT           NOT NULL,
  account           VARCHAR(16)   NOT NULL,
  currency          CHAR(3)       NOT NULL,
  amount            DECIMAL(24,6) NOT NULL,
  reporting_amount  DECIMAL(24,6) NOT NULL,
  book_id           BIGINT,
  strategy          VARCHAR(32),
  instrument_id     BIGINT,
  memo              VARCHAR(200)  NOT NULL,
  PRIMARY KEY (entry_id, line_no)
);
CREATE INDEX journal_line_account ON journal_line (account, entry_id);

-- Posted amounts per day, account, currency and book (0 for firm-wide lines), added to as entries
-- post, so that a trial balance reads these rows instead of summing the journal.
CREATE TABLE ledger_balance (
  balance_date      DATE          NOT NULL,
  account           VARCHAR(16)   NOT NULL,
  currency          CHAR(3)       NOT NULL,
  book_id           BIGINT        NOT NULL,
  debit             DECIMAL(24,6) NOT NULL,
  credit            DECIMAL(24,6) NOT NULL,
  reporting_debit   DECIMAL(24,6) NOT NULL,
  reporting_credit  DECIMAL(24,6) NOT NULL,
  PRIMARY KEY (balance_date, account, currency, book_id)
);

-- A closed month: nothing more posts into it.
CREATE TABLE ledger_period (
  period_month CHAR(7)   NOT NULL PRIMARY KEY,
  closed_by  VARCHAR(32) NOT NULL,
  closed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
