package com.tickmark.model.risk;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.util.Objects;

/**
 * Something whose daily move changes the value of a position: an instrument's close in its own
 * currency, or a currency's rate to the reporting currency (units of the reporting currency per
 * unit of the currency).
 *
 * @param instrument the instrument of a price factor; null for an FX factor
 * @param currency the currency of an FX factor; null for a price factor
 */
public record RiskFactor(InstrumentId instrument, CurrencyCode currency) {
  public RiskFactor {
    if ((instrument == null) == (currency == null)) {
      throw new IllegalArgumentException("A risk factor is either a price or an FX rate");
    }
  }

  public static RiskFactor price(InstrumentId instrument) {
    return new RiskFactor(Objects.requireNonNull(instrument, "instrument"), null);
  }

  public static RiskFactor fx(CurrencyCode currency) {
    return new RiskFactor(null, Objects.requireNonNull(currency, "currency"));
  }

  public boolean isFx() {
    return currency != null;
  }

  @Override
  public String toString() {
    return isFx() ? "FX:" + currency : "PRICE:" + instrument;
  }
}
