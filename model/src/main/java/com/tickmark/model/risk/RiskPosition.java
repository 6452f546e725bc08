package com.tickmark.model.risk;

import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.util.Objects;

/**
 * One holding as the risk engine sees it on the portfolio's date: a quantity of an instrument at
 * its close in the instrument's currency, or an amount of cash in a currency (FX spot trades end as
 * cash in their base currency). Risk analytics work in {@code double}: these are valuations, not
 * booked amounts.
 *
 * @param instrument null for cash
 * @param name what a person reads: the instrument's symbol, or the currency for cash
 * @param assetClass null for cash
 * @param strategy the book's strategy code; empty when unknown
 * @param sector empty when the instrument has none (FX, cash)
 * @param country ISO 3166 alpha-2 of the issuer; empty for FX and cash
 * @param counterparty who the position faces, if it faces one; empty otherwise
 * @param quantity units held, negative when short (for cash, the amount)
 * @param price the close in {@code currency} (1 for cash)
 * @param fxRate units of the reporting currency per unit of {@code currency} (1 when they agree)
 */
public record RiskPosition(
    BookId book,
    InstrumentId instrument,
    String name,
    AssetClass assetClass,
    String strategy,
    String sector,
    String country,
    String counterparty,
    CurrencyCode currency,
    double quantity,
    double price,
    double fxRate) {
  public RiskPosition {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    if ((instrument == null) != (assetClass == null)) {
      throw new IllegalArgumentException(
          name + ": a position has both an instrument and its asset class, or neither (cash)");
    }
    strategy = strategy == null ? "" : strategy;
    sector = sector == null ? "" : sector;
    country = country == null ? "" : country;
    counterparty = counterparty == null ? "" : counterparty;
    if (!(price > 0) || !Double.isFinite(price)) {
      throw new IllegalArgumentException(name + ": price must be positive: " + price);
    }
    if (!(fxRate > 0) || !Double.isFinite(fxRate)) {
      throw new IllegalArgumentException(name + ": FX rate must be positive: " + fxRate);
    }
    if (!Double.isFinite(quantity)) {
      throw new IllegalArgumentException(name + ": quantity must be a number: " + quantity);
    }
  }

  /** Cash of {@code amount} in {@code currency}, worth {@code fxRate} reporting units each. */
  public static RiskPosition cash(
      BookId book, CurrencyCode currency, double amount, double fxRate) {
    return new RiskPosition(
        book, null, currency.code(), null, "", "", "", "", currency, amount, 1, fxRate);
  }

  public boolean isCash() {
    return instrument == null;
  }

  /** Quantity × price × FX rate: the value in the reporting currency, negative when short. */
  public double marketValue() {
    return quantity * price * fxRate;
  }

  /** The price factor, or null for cash. */
  public RiskFactor priceFactor() {
    return isCash() ? null : RiskFactor.price(instrument);
  }

  /** The FX factor of the position's currency, or null when it is the reporting currency. */
  public RiskFactor fxFactor(CurrencyCode reportingCurrency) {
    return currency.equals(reportingCurrency) ? null : RiskFactor.fx(currency);
  }

  /**
   * Full revaluation: the change in value, in the reporting currency, when the price moves by the
   * relative return {@code priceReturn} and the currency's rate to the reporting currency by {@code
   * fxReturn}: value × ((1 + price return) × (1 + FX return) − 1).
   */
  public double pnl(double priceReturn, double fxReturn) {
    return marketValue() * ((1 + priceReturn) * (1 + fxReturn) - 1);
  }
}
