-- Standing settlement instructions: how trades with a broker, in an asset class, currency and
-- market, settle. A securities SSI names the place of settlement (the CSD's BIC) and the firm's
-- custody account; an FX spot SSI settles one currency in cash only, in any market (market_country
-- empty). Retired, never deleted: obligations keep naming the SSI they used. That no two SSIs in
-- use share counterparty, asset class, currency and market is checked by the reference-data rules
-- (a partial unique index is not portable to H2).
CREATE TABLE standing_settlement_instruction (
  id                  BIGINT      NOT NULL PRIMARY KEY,
  code                VARCHAR(32) NOT NULL UNIQUE,
  counterparty_id     BIGINT      NOT NULL REFERENCES counterparty (id),
  asset_class         VARCHAR(16) NOT NULL CHECK (asset_class IN ('EQUITY', 'ETF', 'FX_SPOT')),
  currency            CHAR(3)     NOT NULL REFERENCES currency (code),
  market_country      VARCHAR(2)  NOT NULL,
  place_of_settlement VARCHAR(11),
  custody_account_id  BIGINT      REFERENCES account (id),
  cash_account_id     BIGINT      NOT NULL REFERENCES account (id),
  agent_bic           VARCHAR(11) NOT NULL,
  their_account       VARCHAR(64) NOT NULL,
  retired             BOOLEAN     DEFAULT FALSE NOT NULL,
  CONSTRAINT ssi_securities_or_cash CHECK (
    (asset_class = 'FX_SPOT' AND place_of_settlement IS NULL AND custody_account_id IS NULL
      AND market_country = '')
    OR (asset_class <> 'FX_SPOT' AND place_of_settlement IS NOT NULL
      AND custody_account_id IS NOT NULL))
);
CREATE INDEX ssi_counterparty ON standing_settlement_instruction (counterparty_id);
