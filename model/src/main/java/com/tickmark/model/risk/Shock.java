package com.tickmark.model.risk;

import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One hypothetical move: the prices of what {@code target} and {@code key} select change by the
 * relative {@code move} (−0.20 for −20 %), or, for {@link Target#CURRENCY}, the currency's value in
 * the reporting currency does (+0.10: the currency is worth 10 % more). Shocking the reporting
 * currency itself by m moves every other currency by 1 / (1 + m) − 1.
 *
 * @param key the instrument id, the asset class name ({@code EQUITY}), the sector or country as
 *     written on the instruments, or the currency code; case is ignored except for the id
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
    key = normalised(target, key.trim());
    if (!(move > -1) || !Double.isFinite(move)) {
      throw new IllegalArgumentException("A shock moves by more than −100 %: " + move);
    }
  }

  /** Currency codes and asset classes in capitals (refused when unknown); the rest as written. */
  private static String normalised(Target target, String key) {
    return switch (target) {
      case CURRENCY -> CurrencyCode.of(key).code();
      case ASSET_CLASS -> {
        String upper = key.toUpperCase(Locale.ROOT);
        if (Arrays.stream(AssetClass.values()).noneMatch(a -> a.name().equals(upper))) {
          throw new IllegalArgumentException(
              "There is no asset class '"
                  + key
                  + "': use one of "
                  + Arrays.toString(AssetClass.values()));
        }
        yield upper;
      }
      default -> key;
    };
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
