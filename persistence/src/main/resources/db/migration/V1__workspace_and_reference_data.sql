-- Workspace settings: the firm, its base currency and the business date (never the wall clock).
CREATE TABLE workspace_setting (
  setting_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
  setting_value VARCHAR(4000) NOT NULL
);

CREATE TABLE currency (
  code        CHAR(3)      NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  minor_units INT          NOT NULL CHECK (minor_units BETWEEN 0 AND 4)
);

CREATE TABLE holiday_calendar (
  code VARCHAR(16)  NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE calendar_holiday (
  calendar_code VARCHAR(16)  NOT NULL REFERENCES holiday_calendar (code),
  holiday_date  DATE         NOT NULL,
  name          VARCHAR(100) NOT NULL,
  PRIMARY KEY (calendar_code, holiday_date)
);

CREATE TABLE strategy (
  code        VARCHAR(32)   NOT NULL PRIMARY KEY,
  name        VARCHAR(100)  NOT NULL,
  description VARCHAR(1000) NOT NULL
);

CREATE TABLE book (
  id            BIGINT       NOT NULL PRIMARY KEY,
  code          VARCHAR(32)  NOT NULL UNIQUE,
  name          VARCHAR(100) NOT NULL,
  strategy_code VARCHAR(32)  NOT NULL REFERENCES strategy (code),
  base_currency CHAR(3)      NOT NULL REFERENCES currency (code)
);

CREATE TABLE counterparty (
  id      BIGINT       NOT NULL PRIMARY KEY,
  code    VARCHAR(32)  NOT NULL UNIQUE,
  name    VARCHAR(200) NOT NULL,
  role    VARCHAR(16)  NOT NULL CHECK (role IN ('BROKER', 'CUSTODIAN', 'BANK')),
  lei     CHAR(20)     NOT NULL,
  bic     VARCHAR(11)  NOT NULL,
  country VARCHAR(2)   NOT NULL
);

CREATE TABLE instrument (
  id                    BIGINT       NOT NULL PRIMARY KEY,
  symbol                VARCHAR(32)  NOT NULL UNIQUE,
  name                  VARCHAR(200) NOT NULL,
  asset_class           VARCHAR(16)  NOT NULL CHECK (asset_class IN ('EQUITY', 'ETF', 'FX_SPOT')),
  isin                  CHAR(12),
  mic                   CHAR(4),
  currency              CHAR(3)      NOT NULL REFERENCES currency (code),
  base_currency         CHAR(3)      REFERENCES currency (code),
  sector                VARCHAR(64)  NOT NULL,
  country               VARCHAR(2)   NOT NULL,
  settlement_convention VARCHAR(64)  NOT NULL
);
CREATE INDEX instrument_isin ON instrument (isin);

CREATE TABLE account (
  id             BIGINT       NOT NULL PRIMARY KEY,
  code           VARCHAR(32)  NOT NULL UNIQUE,
  name           VARCHAR(200) NOT NULL,
  account_type   VARCHAR(16)  NOT NULL CHECK (account_type IN ('TRADING', 'CUSTODY', 'CASH')),
  provider_id    BIGINT       REFERENCES counterparty (id),
  currency       CHAR(3)      REFERENCES currency (code),
  account_number VARCHAR(64)  NOT NULL,
  book_id        BIGINT       REFERENCES book (id)
);
