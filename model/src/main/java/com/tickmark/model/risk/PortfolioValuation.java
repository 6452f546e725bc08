package com.tickmark.model.risk;

import com.tickmark.model.position.Position;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Values holdings for the risk engine at the close of a market history's last day, from the same
 * aligned closes and rates the scenarios come from (a close missing that day is carried forward
 * from the latest before it, as everywhere in the history).
 */
public final class PortfolioValuation {
  private final MarketHistory history;
  private final int last;

  public PortfolioValuation(MarketHistory history) {
    if (history.dates().isEmpty()) {
      throw new IllegalArgumentException("There is no market history to value positions with");
    }
    this.history = history;
    this.last = history.dates().size() - 1;
  }

  /**
   * The factors that holdings of {@code instruments} and cash in {@code currencies} depend on: the
   * instruments' prices, then every currency but the reporting one. Load the history with these.
   */
  public static List<RiskFactor> factorsOf(
      Collection<Instrument> instruments,
      Collection<CurrencyCode> currencies,
      CurrencyCode reportingCurrency) {
    Set<RiskFactor> factors = new LinkedHashSet<>();
    Set<CurrencyCode> all = new LinkedHashSet<>();
    for (Instrument i : instruments) {
      factors.add(RiskFactor.price(i.id()));
      all.add(i.currency());
    }
    all.addAll(currencies);
    for (CurrencyCode c : all) {
      if (!c.equals(reportingCurrency)) {
        factors.add(RiskFactor.fx(c));
      }
    }
    return new ArrayList<>(factors);
  }

  /** The day positions are valued at. */
  public LocalDate date() {
    return history.dates().get(last);
  }

  /**
   * A security position at its trade-date quantity (what the book owns once everything traded
   * settles).
   *
   * @param strategy the book's strategy code, or empty
   * @throws IllegalArgumentException when the instrument is FX spot (its positions are cash in the
   *     base currency) or has no close on or before {@link #date()}
   */
  public RiskPosition security(Position position, Instrument instrument, String strategy) {
    if (!position.instrument().equals(instrument.id())) {
      throw new IllegalArgumentException(
          "Position of " + position.instrument() + " valued as " + instrument.symbol());
    }
    if (instrument.isFx()) {
      throw new IllegalArgumentException(
          instrument.symbol() + " is FX spot: value it as cash in " + instrument.baseCurrency());
    }
    double close = level(RiskFactor.price(instrument.id()), instrument.symbol());
    return new RiskPosition(
        position.book(),
        instrument.id(),
        instrument.symbol(),
        instrument.assetClass(),
        strategy,
        instrument.sector(),
        instrument.country(),
        "",
        instrument.currency(),
        position.tradeDateQuantity().doubleValue(),
        close,
        fxRate(instrument.currency()));
  }

  /** Cash of {@code amount} in {@code currency}, held by {@code book}. */
  public RiskPosition cash(BookId book, CurrencyCode currency, double amount) {
    return RiskPosition.cash(book, currency, amount, fxRate(currency));
  }

  /** Units of the reporting currency per unit of {@code currency} on {@link #date()}. */
  public double fxRate(CurrencyCode currency) {
    return currency.equals(history.reportingCurrency())
        ? 1
        : level(RiskFactor.fx(currency), currency + "/" + history.reportingCurrency());
  }

  private double level(RiskFactor factor, String what) {
    double level = history.level(factor, last);
    if (Double.isNaN(level)) {
      throw new IllegalArgumentException(
          "There is no close of " + what + " on or before " + date());
    }
    return level;
  }
}
