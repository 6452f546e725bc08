-- CSDR cash penalties an accountant marked booked (issue #12; the ledger posts them): one row per
-- penalty, which is its trade, the business day it failed and who pays (PAY when we failed,
-- RECEIVE when the counterparty did), with the amount and currency as they were when booked, who
-- booked it and when. Rows are appended, never updated or deleted (the audit trail has each one
-- too): when a later price or status file changes a booked penalty, the booking stays and the
-- difference is shown. A penalty is booked once.
CREATE TABLE csdr_penalty_booking (
  id            BIGINT        NOT NULL PRIMARY KEY,
  trade_id      BIGINT        NOT NULL,
  penalty_date  DATE          NOT NULL,
  direction     VARCHAR(8)    NOT NULL CHECK (direction IN ('PAY', 'RECEIVE')),
  amount        DECIMAL(19,6) NOT NULL,
  currency      CHAR(3)       NOT NULL,
  booked_by     VARCHAR(32)   NOT NULL,
  booked_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  CONSTRAINT csdr_penalty_booking_once UNIQUE (trade_id, penalty_date, direction)
);
CREATE INDEX csdr_penalty_booking_date ON csdr_penalty_booking (penalty_date);
