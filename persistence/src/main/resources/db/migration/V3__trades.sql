-- Trades, keyed by a sequential internal id so that bulk capture appends in key order.
-- External references (exec_id, order_id, broker_ref) carry no unique index: de-duplication is done
-- in the service, not by a random-order unique index that would slow bulk loads 4-8 times.
CREATE SEQUENCE trade_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE trade (
  id              BIGINT                   NOT NULL PRIMARY KEY,
  trade_version   INT                      NOT NULL,
  exec_id         VARCHAR(64)              NOT NULL,
  order_id        VARCHAR(64)              NOT NULL,
  broker_ref      VARCHAR(64)              NOT NULL,
  book_id         BIGINT                   NOT NULL REFERENCES book (id),
  instrument_id   BIGINT                   NOT NULL REFERENCES instrument (id),
  side            VARCHAR(4)               NOT NULL CHECK (side IN ('BUY', 'SELL')),
  quantity        DECIMAL(24,6)            NOT NULL,
  price           DECIMAL(24,8)            NOT NULL,
  gross_amount    DECIMAL(24,6)            NOT NULL,
  commission      DECIMAL(19,6)            NOT NULL,
  fees            DECIMAL(19,6)            NOT NULL,
  currency        CHAR(3)                  NOT NULL REFERENCES currency (code),
  trade_date      DATE                     NOT NULL,
  execution_time  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  settlement_date DATE                     NOT NULL,
  counterparty_id BIGINT                   NOT NULL REFERENCES counterparty (id),
  account_id      BIGINT                   REFERENCES account (id),
  source          VARCHAR(8)               NOT NULL CHECK (source IN ('FIX', 'FILE', 'MANUAL')),
  status          VARCHAR(12)              NOT NULL
      CHECK (status IN ('NEW', 'CONFIRMED', 'AFFIRMED', 'SETTLED', 'FAILED', 'CANCELLED'))
);
CREATE INDEX trade_trade_date ON trade (trade_date);
