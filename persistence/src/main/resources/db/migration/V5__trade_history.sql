-- Who recorded the current version of each trade, when and why (empty for bulk-captured trades).
ALTER TABLE trade ADD COLUMN recorded_by VARCHAR(32) DEFAULT '' NOT NULL;
ALTER TABLE trade ADD COLUMN recorded_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE trade ADD COLUMN record_reason VARCHAR(2000) DEFAULT '' NOT NULL;

-- Earlier versions of trades, exactly as they were: an amendment, cancellation or status change
-- copies the current row here before the trade table holds the next version. Nothing here is ever
-- updated or deleted.
CREATE TABLE trade_history (
  id              BIGINT        NOT NULL,
  trade_version   INT           NOT NULL,
  exec_id         VARCHAR(64)   NOT NULL,
  order_id        VARCHAR(64)   NOT NULL,
  broker_ref      VARCHAR(64)   NOT NULL,
  book_id         BIGINT        NOT NULL,
  instrument_id   BIGINT        NOT NULL,
  side            VARCHAR(4)    NOT NULL,
  quantity        DECIMAL(24,6) NOT NULL,
  price           DECIMAL(24,8) NOT NULL,
  gross_amount    DECIMAL(24,6) NOT NULL,
  commission      DECIMAL(19,6) NOT NULL,
  fees            DECIMAL(19,6) NOT NULL,
  currency        CHAR(3)       NOT NULL,
  trade_date      DATE          NOT NULL,
  execution_time  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  settlement_date DATE          NOT NULL,
  counterparty_id BIGINT        NOT NULL,
  account_id      BIGINT,
  source          VARCHAR(8)    NOT NULL,
  status          VARCHAR(12)   NOT NULL,
  recorded_by     VARCHAR(32)   NOT NULL,
  recorded_at     TIMESTAMP(6) WITH TIME ZONE,
  record_reason   VARCHAR(2000) NOT NULL,
  PRIMARY KEY (id, trade_version),
  FOREIGN KEY (id) REFERENCES trade (id)
);
