package com.tickmark.model.marketdata;

import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How many units of {@code quote} buy one unit of {@code base} at the close of {@code date}
 * (EUR/USD 1.08).
 */
public record FxRate(LocalDate date, CurrencyCode base, CurrencyCode quote, BigDecimal rate) {
  public FxRate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(rate, "rate");
    if (base.equals(quote)) {
      throw new IllegalArgumentException("FX rate needs two different currencies: " + base);
    }
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException(
          "FX rate " + base + "/" + quote + " on " + date + " must be positive: " + rate);
    }
  }

  public String pair() {
    return base + "/" + quote;
  }

  public FxRate inverse() {
    return new FxRate(date, quote, base, BigDecimal.ONE.divide(rate, MathContext.DECIMAL64));
  }
}
