package com.tickmark.model.marketdata;

import com.tickmark.model.refdata.CurrencyCode;
import java.util.Objects;

/** A currency pair that has FX rates, written BASE/QUOTE. */
public record FxPair(CurrencyCode base, CurrencyCode quote) {
  public FxPair {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(quote, "quote");
  }

  /** Parses "EUR/USD". */
  public static FxPair parse(String text) {
    String[] parts = text == null ? new String[0] : text.split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException("Currency pair must look like EUR/USD: '" + text + "'");
    }
    return new FxPair(CurrencyCode.of(parts[0]), CurrencyCode.of(parts[1]));
  }

  @Override
  public String toString() {
    return base + "/" + quote;
  }
}
