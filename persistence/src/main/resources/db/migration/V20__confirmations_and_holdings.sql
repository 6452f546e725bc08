-- Reconciliation inputs (issue #13): brokers' confirmation files and custodians' holdings files,
-- each line kept as received, for the reconciliations to match (nothing is matched on import: a
-- confirmation quoting an execution id the firm does not know is kept). One row per imported file
-- (its SHA-256 refuses a second import of the same file, per kind); lines are stored by sequential
-- ids through the intake pipeline (V12), so an import killed part-way is rolled back by its range.
CREATE TABLE recon_input_import (
  id             BIGINT        NOT NULL PRIMARY KEY,
  kind           VARCHAR(16)   NOT NULL CHECK (kind IN ('CONFIRMATIONS', 'HOLDINGS')),
  file_name      VARCHAR(500)  NOT NULL,
  sha256         CHAR(64)      NOT NULL,
  imported_by    VARCHAR(32)   NOT NULL,
  imported_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  lines_loaded   INT           NOT NULL,
  first_line_id  BIGINT,
  last_line_id   BIGINT
);
CREATE INDEX recon_input_import_sha256 ON recon_input_import (sha256);

-- client_exec_id is empty on a line confirming several fills of one parent order (fills > 1).
CREATE TABLE broker_confirmation (
  id               BIGINT        NOT NULL PRIMARY KEY,
  broker           VARCHAR(32)   NOT NULL,
  broker_ref       VARCHAR(64)   NOT NULL,
  client_exec_id   VARCHAR(64)   NOT NULL,
  order_id         VARCHAR(64)   NOT NULL,
  trade_date       DATE          NOT NULL,
  settlement_date  DATE          NOT NULL,
  isin_or_symbol   VARCHAR(32)   NOT NULL,
  side             VARCHAR(4)    NOT NULL CHECK (side IN ('BUY', 'SELL')),
  quantity         DECIMAL(24,6) NOT NULL,
  price            DECIMAL(24,8) NOT NULL,
  gross_amount     DECIMAL(24,6) NOT NULL,
  commission       DECIMAL(24,6) NOT NULL,
  fees             DECIMAL(24,6) NOT NULL,
  net_amount       DECIMAL(24,6) NOT NULL,
  currency         CHAR(3)       NOT NULL,
  account          VARCHAR(64)   NOT NULL,
  fills            INT           NOT NULL,
  file_name        VARCHAR(500)  NOT NULL,
  line             INT           NOT NULL
);
CREATE INDEX broker_confirmation_trade_date ON broker_confirmation (trade_date);
CREATE INDEX broker_confirmation_exec_id ON broker_confirmation (client_exec_id);

-- settled_quantity and market_value are negative for a short position.
CREATE TABLE custody_holding (
  id                BIGINT        NOT NULL PRIMARY KEY,
  statement_date    DATE          NOT NULL,
  account_number    VARCHAR(64)   NOT NULL,
  isin              VARCHAR(12)   NOT NULL,
  symbol            VARCHAR(32)   NOT NULL,
  settled_quantity  DECIMAL(24,6) NOT NULL,
  currency          CHAR(3)       NOT NULL,
  close_price       DECIMAL(24,8) NOT NULL,
  market_value      DECIMAL(24,6) NOT NULL,
  file_name         VARCHAR(500)  NOT NULL,
  line              INT           NOT NULL
);
CREATE INDEX custody_holding_statement_date ON custody_holding (statement_date);
