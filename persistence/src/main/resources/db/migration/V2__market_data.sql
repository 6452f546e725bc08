-- Daily closing prices and FX rates. Keys lead with the instrument (or pair) so that a history
-- loaded instrument by instrument, date by date, is inserted in key order.
CREATE TABLE price (
  instrument_id BIGINT        NOT NULL REFERENCES instrument (id),
  price_date    DATE          NOT NULL,
  close_price   DECIMAL(24,8) NOT NULL,
  volume        BIGINT        NOT NULL,
  PRIMARY KEY (instrument_id, price_date)
);

CREATE TABLE fx_rate (
  base_currency  CHAR(3)        NOT NULL REFERENCES currency (code),
  quote_currency CHAR(3)        NOT NULL REFERENCES currency (code),
  rate_date      DATE           NOT NULL,
  rate           DECIMAL(24,10) NOT NULL,
  PRIMARY KEY (base_currency, quote_currency, rate_date)
);
