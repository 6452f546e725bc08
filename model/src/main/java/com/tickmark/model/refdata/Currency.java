package com.tickmark.model.refdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A currency the firm trades or holds cash in, with the number of decimals its amounts carry. */
public record Currency(CurrencyCode code, String name, int minorUnits) {
  public Currency {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (minorUnits < 0 || minorUnits > 4) {
      throw new IllegalArgumentException(
          "Minor units of " + code + " must be between 0 and 4: " + minorUnits);
    }
  }

  /** Rounds an amount to this currency's minor units with the given rounding mode. */
  public BigDecimal round(BigDecimal amount, RoundingMode mode) {
    return amount.setScale(minorUnits, mode);
  }
}
