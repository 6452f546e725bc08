package com.tickmark.model.risk;

import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.MarketDataStore;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Risk factors' closes aligned on one list of business days: each instrument's price in its own
 * currency and each currency's rate to the reporting currency (units of the reporting currency per
 * unit). A day without a close of its own takes the latest earlier close (carried forward, so the
 * factor does not move that day); a day before a factor's first close has none (it does not move
 * either). Both are listed in {@link #gaps()}.
 */
public final class MarketHistory {
  /** How far before the first day {@link #load} looks for a close to carry into the window. */
  static final int CARRY_IN_DAYS = 31;

  private final CurrencyCode reportingCurrency;
  private final List<LocalDate> dates;
  private final Map<RiskFactor, double[]> levels;
  private final List<MarketGap> gaps;

  private MarketHistory(
      CurrencyCode reportingCurrency,
      List<LocalDate> dates,
      Map<RiskFactor, double[]> levels,
      List<MarketGap> gaps) {
    this.reportingCurrency = reportingCurrency;
    this.dates = dates;
    this.levels = levels;
    this.gaps = gaps;
  }

  /**
   * @param dates the business days, strictly ascending
   */
  public static Builder builder(CurrencyCode reportingCurrency, List<LocalDate> dates) {
    return new Builder(reportingCurrency, dates);
  }

  /**
   * The history of {@code factors} over {@code dates} from the store; a close up to {@value
   * #CARRY_IN_DAYS} days before the first date is carried into the window. An FX factor uses the
   * rates quoted currency/reporting, or the inverse of those quoted reporting/currency.
   */
  public static MarketHistory load(
      MarketDataStore store,
      CurrencyCode reportingCurrency,
      List<LocalDate> dates,
      Collection<RiskFactor> factors) {
    Builder builder = builder(reportingCurrency, dates);
    if (dates.isEmpty()) {
      return builder.build();
    }
    LocalDate from = dates.get(0).minusDays(CARRY_IN_DAYS);
    LocalDate to = dates.get(dates.size() - 1);
    for (RiskFactor factor : factors) {
      if (factor.isFx()) {
        List<FxRate> rates =
            new ArrayList<>(store.fxHistory(factor.currency(), reportingCurrency, from, to));
        rates.addAll(store.fxHistory(reportingCurrency, factor.currency(), from, to));
        builder.fxRates(factor.currency(), rates);
      } else {
        builder.prices(factor.instrument(), store.priceHistory(factor.instrument(), from, to));
      }
    }
    return builder.build();
  }

  public CurrencyCode reportingCurrency() {
    return reportingCurrency;
  }

  /** The business days, oldest first. */
  public List<LocalDate> dates() {
    return dates;
  }

  /** Every day a factor had no close of its own, by factor then date. */
  public List<MarketGap> gaps() {
    return gaps;
  }

  /** The factor's close on each of {@link #dates()}; NaN before its first close. */
  public double[] levels(RiskFactor factor) {
    return series(factor).clone();
  }

  /** The factor's close on day {@code d} of {@link #dates()}; NaN before its first close. */
  double level(RiskFactor factor, int d) {
    return series(factor)[d];
  }

  private double[] series(RiskFactor factor) {
    double[] l = levels.get(factor);
    if (l == null) {
      throw new IllegalArgumentException("The market history has no " + factor);
    }
    return l;
  }

  /**
   * Daily relative returns (close / previous close − 1) of {@code factors} over the last {@code
   * window} days of the history (fewer when the history is shorter); a day on which either close is
   * missing counts as no move.
   *
   * @throws IllegalArgumentException when a factor is not in the history
   */
  public FactorReturns returns(List<RiskFactor> factors, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("The window must be at least one day: " + window);
    }
    int days = Math.max(0, Math.min(window, dates.size() - 1));
    int first = dates.size() - days;
    double[][] returns = new double[factors.size()][days];
    for (int f = 0; f < factors.size(); f++) {
      double[] l = series(factors.get(f));
      for (int d = 0; d < days; d++) {
        double before = l[first + d - 1];
        double after = l[first + d];
        returns[f][d] = Double.isNaN(before) || Double.isNaN(after) ? 0 : after / before - 1;
      }
    }
    return new FactorReturns(factors, dates.subList(first, dates.size()), returns);
  }

  /**
   * Each factor's relative move from the close of the business day before {@code from} to the close
   * of {@code to} (the last business days on or before each), indexed as {@code factors}: an
   * episode such as a sell-off replayed on today's positions.
   *
   * @throws IllegalArgumentException when the history does not reach back to before {@code from}
   */
  public double[] moveOver(List<RiskFactor> factors, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "The episode ends (" + to + ") before it starts (" + from + ")");
    }
    int start = Collections.binarySearch(dates, from);
    start = start >= 0 ? start - 1 : -start - 2;
    int end = Collections.binarySearch(dates, to);
    end = end >= 0 ? end : -end - 2;
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "The market history (from "
              + (dates.isEmpty() ? "nothing" : dates.get(0))
              + ") does not cover "
              + from
              + " to "
              + to);
    }
    double[] moves = new double[factors.size()];
    for (int f = 0; f < factors.size(); f++) {
      double[] l = series(factors.get(f));
      moves[f] = Double.isNaN(l[start]) || Double.isNaN(l[end]) ? 0 : l[end] / l[start] - 1;
    }
    return moves;
  }

  /** Collects closes and rates, then aligns them on the business days. */
  public static final class Builder {
    private final CurrencyCode reportingCurrency;
    private final List<LocalDate> dates;
    private final Map<RiskFactor, NavigableMap<LocalDate, Double>> closes = new LinkedHashMap<>();

    private Builder(CurrencyCode reportingCurrency, List<LocalDate> dates) {
      this.reportingCurrency = Objects.requireNonNull(reportingCurrency, "reporting currency");
      this.dates = List.copyOf(dates);
      for (int i = 1; i < this.dates.size(); i++) {
        if (!this.dates.get(i).isAfter(this.dates.get(i - 1))) {
          throw new IllegalArgumentException(
              "Business days must be strictly ascending: "
                  + this.dates.get(i - 1)
                  + ", "
                  + this.dates.get(i));
        }
      }
    }

    /** An instrument's closes (any order; other instruments' are refused). */
    public Builder prices(InstrumentId instrument, Collection<Price> prices) {
      NavigableMap<LocalDate, Double> byDate = series(RiskFactor.price(instrument));
      for (Price p : prices) {
        if (!p.instrumentId().equals(instrument)) {
          throw new IllegalArgumentException(
              "A price of " + p.instrumentId() + " is not one of " + instrument);
        }
        byDate.put(p.date(), p.close().doubleValue());
      }
      return this;
    }

    /**
     * A currency's rates to the reporting currency, quoted currency/reporting or reporting/currency
     * (inverted); where both exist on a date the direct quote wins. Other pairs are refused.
     */
    public Builder fxRates(CurrencyCode currency, Collection<FxRate> rates) {
      if (currency.equals(reportingCurrency)) {
        throw new IllegalArgumentException(
            currency + " is the reporting currency: it has no FX risk");
      }
      NavigableMap<LocalDate, Double> byDate = series(RiskFactor.fx(currency));
      Map<LocalDate, Double> inverted = new HashMap<>();
      for (FxRate r : rates) {
        if (r.base().equals(currency) && r.quote().equals(reportingCurrency)) {
          byDate.put(r.date(), r.rate().doubleValue());
        } else if (r.base().equals(reportingCurrency) && r.quote().equals(currency)) {
          inverted.put(
              r.date(), BigDecimal.ONE.divide(r.rate(), MathContext.DECIMAL64).doubleValue());
        } else {
          throw new IllegalArgumentException(
              r.pair() + " is not a rate of " + currency + " against " + reportingCurrency);
        }
      }
      inverted.forEach(byDate::putIfAbsent);
      return this;
    }

    private NavigableMap<LocalDate, Double> series(RiskFactor factor) {
      return closes.computeIfAbsent(factor, f -> new TreeMap<>());
    }

    public MarketHistory build() {
      Map<RiskFactor, double[]> levels = new HashMap<>();
      List<MarketGap> gaps = new ArrayList<>();
      closes.forEach(
          (factor, byDate) -> {
            double[] l = new double[dates.size()];
            Arrays.fill(l, Double.NaN);
            for (int d = 0; d < dates.size(); d++) {
              LocalDate date = dates.get(d);
              Map.Entry<LocalDate, Double> close = byDate.floorEntry(date);
              if (close == null) {
                gaps.add(new MarketGap(factor, date, MarketGap.Kind.MISSING));
              } else {
                l[d] = close.getValue();
                if (!close.getKey().equals(date)) {
                  gaps.add(new MarketGap(factor, date, MarketGap.Kind.CARRIED_FORWARD));
                }
              }
            }
            levels.put(factor, l);
          });
      return new MarketHistory(reportingCurrency, dates, Map.copyOf(levels), List.copyOf(gaps));
    }
  }
}
