package com.tickmark.model.risk;

import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.util.Objects;

/**
 * One hypothetical move: the prices of what {@code target} and {@code key} select change by the
 * relative {@code move} (−0.20 for −20 %), or, for {@link Target#CURRENCY}, the currency's value in
 * the reporting currency does (+0.10: the currency is worth 10 % more). Shocking the reporting
 * currency itself by m moves every other currency by 1 / (1 + m) − 1.
 *
 * @param key the instrument id, the asset class name ({@code EQUITY}), the sector or country as
 *     written on the instruments (case ignored), or the currency code
 */
public record Shock(Target target, String key, double move) {
  /** What a shock selects. */
  public enum Target {
    INSTRUMENT,
    ASSET_CLASS,
    SECTOR,
    COUNTRY,
    CURRENCY
  }

  public Shock {
    Objects.requireNonNull(target, "target");
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("A " + target + " shock must say which one it moves");
    }
    if (!(move > -1) || !Double.isFinite(move)) {
      throw new IllegalArgumentException("A shock moves by more than −100 %: " + move);
    }
  }

  public static Shock instrument(InstrumentId instrument, double move) {
    return new Shock(Target.INSTRUMENT, instrument.toString(), move);
  }

  public static Shock assetClass(AssetClass assetClass, double move) {
    return new Shock(Target.ASSET_CLASS, assetClass.name(), move);
  }

  public static Shock sector(String sector, double move) {
    return new Shock(Target.SECTOR, sector, move);
  }

  public static Shock country(String country, double move) {
    return new Shock(Target.COUNTRY, country, move);
  }

  public static Shock currency(CurrencyCode currency, double move) {
    return new Shock(Target.CURRENCY, currency.code(), move);
  }

  /** Whether this price shock selects the position's instrument (never for cash). */
  boolean movesPriceOf(RiskPosition p) {
    if (p.isCash()) {
      return false;
    }
    return switch (target) {
      case INSTRUMENT -> key.equals(p.instrument().toString());
      case ASSET_CLASS -> key.equals(p.assetClass().name());
      case SECTOR -> key.equalsIgnoreCase(p.sector());
      case COUNTRY -> key.equalsIgnoreCase(p.country());
      case CURRENCY -> false;
    };
  }
}
