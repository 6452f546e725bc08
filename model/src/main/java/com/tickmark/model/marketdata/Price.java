package com.tickmark.model.marketdata;

import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An instrument's closing price on a business date, in the instrument's currency. */
public record Price(InstrumentId instrumentId, LocalDate date, BigDecimal close, long volume) {
  public Price {
    Objects.requireNonNull(instrumentId, "instrument");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(close, "close");
    if (close.signum() <= 0) {
      throw new IllegalArgumentException(
          "Price of instrument " + instrumentId + " on " + date + " must be positive: " + close);
    }
    if (volume < 0) {
      throw new IllegalArgumentException("Volume must not be negative: " + volume);
    }
  }
}
