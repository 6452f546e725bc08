-- Trades keep their CHECK constraints but lose their five foreign keys (book, instrument, currency,
-- counterparty, account) and the five indexes H2 kept for them: every insert looked each reference
-- up and added an entry to five more B-trees, which held bulk capture to a quarter of what H2 can
-- store (docs/decisions/0009-trade-table-without-foreign-keys.md). Every path that writes trades
-- (capture, amendment, file import, FIX drop copy, demo firm) checks these references against the
-- reference data in Java first, and reference data is never deleted.
--
-- H2 named the foreign keys itself, so they are dropped by rebuilding the table: same columns in
-- the same order, same checks, same rows; DROP ... CASCADE removes the foreign keys of
-- trade_history and fix_execution_report onto trade, which are added again with names.
CREATE TABLE trade_v9 (
  id              BIGINT                   NOT NULL,
  trade_version   INT                      NOT NULL,
  exec_id         VARCHAR(64)              NOT NULL,
  order_id        VARCHAR(64)              NOT NULL,
  broker_ref      VARCHAR(64)              NOT NULL,
  book_id         BIGINT                   NOT NULL,
  instrument_id   BIGINT                   NOT NULL,
  side            VARCHAR(4)               NOT NULL,
  quantity        DECIMAL(24,6)            NOT NULL,
  price           DECIMAL(24,8)            NOT NULL,
  gross_amount    DECIMAL(24,6)            NOT NULL,
  commission      DECIMAL(19,6)            NOT NULL,
  fees            DECIMAL(19,6)            NOT NULL,
  currency        CHAR(3)                  NOT NULL,
  trade_date      DATE                     NOT NULL,
  execution_time  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  settlement_date DATE                     NOT NULL,
  counterparty_id BIGINT                   NOT NULL,
  account_id      BIGINT,
  source          VARCHAR(8)               NOT NULL,
  status          VARCHAR(12)              NOT NULL,
  recorded_by     VARCHAR(32)   DEFAULT '' NOT NULL,
  recorded_at     TIMESTAMP(6) WITH TIME ZONE,
  record_reason   VARCHAR(2000) DEFAULT '' NOT NULL,
  affirmed_at     TIMESTAMP(6) WITH TIME ZONE
);
INSERT INTO trade_v9 SELECT id, trade_version, exec_id, order_id, broker_ref, book_id, instrument_id, side, quantity, price,
    gross_amount, commission, fees, currency, trade_date, execution_time, settlement_date, counterparty_id, account_id, source,
    status, recorded_by, recorded_at, record_reason, affirmed_at
  FROM trade ORDER BY id;
DROP TABLE trade CASCADE;
ALTER TABLE trade_v9 RENAME TO trade;

ALTER TABLE trade ADD CONSTRAINT trade_pk PRIMARY KEY (id);
ALTER TABLE trade ADD CONSTRAINT trade_side CHECK (side IN ('BUY', 'SELL'));
ALTER TABLE trade ADD CONSTRAINT trade_source CHECK (source IN ('FIX', 'FILE', 'MANUAL'));
ALTER TABLE trade ADD CONSTRAINT trade_status
    CHECK (status IN ('NEW', 'CONFIRMED', 'AFFIRMED', 'SETTLED', 'FAILED', 'CANCELLED'));
CREATE INDEX trade_trade_date ON trade (trade_date);

-- An earlier version belongs to a trade. A received execution report's trade_id is written in the
-- same transaction as the trade it created or changed; it is never looked up by trade, so it has
-- neither a foreign key (a lookup per report) nor the index H2 kept for one.
ALTER TABLE trade_history ADD CONSTRAINT trade_history_trade FOREIGN KEY (id) REFERENCES trade (id);

-- The audit trail's before and after values (JSON of at most a few kilobytes) were CLOBs, which H2
-- keeps apart from the row past 256 bytes: every audited trade cost three more B-tree writes and a
-- temporary LOB. As character strings they are stored in the row; the text, and so the hash chain,
-- is unchanged.
ALTER TABLE audit_record ALTER COLUMN before_value SET DATA TYPE VARCHAR;
ALTER TABLE audit_record ALTER COLUMN after_value SET DATA TYPE VARCHAR;
