-- The opening book: what the firm held and had in cash at the close of one date before its first
-- trade in Tickmark (the demo firm's, or a real firm's loaded from a file). Every row of both tables
-- has the same as_of. import_id names the file import that loaded it (null for the demo firm).
CREATE TABLE opening_position (
  id             BIGINT        NOT NULL PRIMARY KEY,
  as_of          DATE          NOT NULL,
  book_id        BIGINT        NOT NULL REFERENCES book (id),
  account_id     BIGINT        NOT NULL REFERENCES account (id),
  instrument_id  BIGINT        NOT NULL REFERENCES instrument (id),
  quantity       DECIMAL(24,6) NOT NULL,
  cost           DECIMAL(24,6) NOT NULL,
  import_id      BIGINT
);

CREATE TABLE opening_cash (
  id          BIGINT        NOT NULL PRIMARY KEY,
  as_of       DATE          NOT NULL,
  account_id  BIGINT        NOT NULL REFERENCES account (id),
  balance     DECIMAL(24,6) NOT NULL,
  import_id   BIGINT
);

-- How trades actually settled: one row per settled part (a partial settlement and its rest are two
-- rows), apart from the trade's status so that fails can be aged and penalised exactly. Never
-- updated or deleted.
CREATE TABLE settlement_record (
  id           BIGINT        NOT NULL PRIMARY KEY,
  trade_id     BIGINT        NOT NULL REFERENCES trade (id),
  settled_on   DATE          NOT NULL,
  quantity     DECIMAL(24,6) NOT NULL,
  amount       DECIMAL(24,6) NOT NULL,
  source       VARCHAR(500)  NOT NULL,
  recorded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX settlement_record_trade ON settlement_record (trade_id);

-- Positions as trades and settlements post: per book, instrument, account (0 for a trade without
-- one), currency and date, what was bought and sold that trade date (quantities, and the cash the
-- trades will move: negative pays) and what was received, delivered and paid that settlement
-- date. A position as of a date is the opening book plus these rows up to that date: a few
-- thousand rows to add, not a million trades to scan. Maintained in the transaction that writes
-- the trades or settlements they come from.
CREATE TABLE position_day (
  book_id             BIGINT        NOT NULL,
  instrument_id       BIGINT        NOT NULL,
  account_id          BIGINT        NOT NULL,
  currency            CHAR(3)       NOT NULL,
  movement_date       DATE          NOT NULL,
  bought_quantity     DECIMAL(24,6) NOT NULL,
  sold_quantity       DECIMAL(24,6) NOT NULL,
  traded_cash         DECIMAL(24,6) NOT NULL,
  received_quantity   DECIMAL(24,6) NOT NULL,
  delivered_quantity  DECIMAL(24,6) NOT NULL,
  settled_cash        DECIMAL(24,6) NOT NULL,
  PRIMARY KEY (book_id, instrument_id, account_id, currency, movement_date)
);
