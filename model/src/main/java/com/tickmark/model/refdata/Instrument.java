package com.tickmark.model.refdata;

import java.util.Objects;

/**
 * A tradable instrument. Equities and ETFs carry an ISIN and a listing venue; FX spot pairs carry
 * the base currency and quote in {@link #currency()} (EUR/USD: base EUR, currency USD).
 *
 * @param country ISO 3166 alpha-2 code of the issuer (equities) or empty for FX
 * @param retired no longer offered for new trades; the trades that name it still do
 */
public record Instrument(
    InstrumentId id,
    String symbol,
    String name,
    AssetClass assetClass,
    Isin isin,
    Mic mic,
    CurrencyCode currency,
    CurrencyCode baseCurrency,
    String sector,
    String country,
    SettlementConvention settlement,
    boolean retired) {

  public Instrument {
    Objects.requireNonNull(id, "id");
    requireText(symbol, "symbol");
    requireText(name, "name");
    Objects.requireNonNull(assetClass, "asset class");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(settlement, "settlement convention");
    sector = sector == null ? "" : sector;
    country = country == null ? "" : country;
    if (assetClass == AssetClass.FX_SPOT) {
      Objects.requireNonNull(baseCurrency, "FX spot " + symbol + " needs a base currency");
      if (baseCurrency.equals(currency)) {
        throw new IllegalArgumentException(
            "FX spot " + symbol + " has the same base and quote currency");
      }
    } else {
      Objects.requireNonNull(isin, symbol + " needs an ISIN");
      Objects.requireNonNull(mic, symbol + " needs a listing venue (MIC)");
      if (baseCurrency != null) {
        throw new IllegalArgumentException(symbol + " is not FX and must not have a base currency");
      }
    }
  }

  /** An instrument that is not retired. */
  public Instrument(
      InstrumentId id,
      String symbol,
      String name,
      AssetClass assetClass,
      Isin isin,
      Mic mic,
      CurrencyCode currency,
      CurrencyCode baseCurrency,
      String sector,
      String country,
      SettlementConvention settlement) {
    this(
        id,
        symbol,
        name,
        assetClass,
        isin,
        mic,
        currency,
        baseCurrency,
        sector,
        country,
        settlement,
        false);
  }

  public Instrument withRetired(boolean retired) {
    return new Instrument(
        id,
        symbol,
        name,
        assetClass,
        isin,
        mic,
        currency,
        baseCurrency,
        sector,
        country,
        settlement,
        retired);
  }

  static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Instrument " + field + " must not be empty");
    }
  }

  public boolean isFx() {
    return assetClass == AssetClass.FX_SPOT;
  }
}
