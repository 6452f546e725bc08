package com.tickmark.model.risk;

import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The positions whose risk is measured, valued at the close of {@code date} in {@code
 * reportingCurrency}, and the risk factors they depend on: each instrument's price (in order of
 * first appearance), then each foreign currency's rate (alphabetically).
 */
public final class RiskPortfolio {
  private final LocalDate date;
  private final CurrencyCode reportingCurrency;
  private final List<RiskPosition> positions;
  private final List<RiskFactor> factors;
  private final int[] priceIndex;
  private final int[] fxIndex;

  public RiskPortfolio(
      LocalDate date, CurrencyCode reportingCurrency, List<RiskPosition> positions) {
    this.date = Objects.requireNonNull(date, "date");
    this.reportingCurrency = Objects.requireNonNull(reportingCurrency, "reporting currency");
    this.positions = List.copyOf(positions);
    Map<RiskFactor, Integer> index = new LinkedHashMap<>();
    TreeSet<CurrencyCode> currencies = new TreeSet<>();
    for (RiskPosition p : this.positions) {
      if (!p.isCash()) {
        index.putIfAbsent(p.priceFactor(), index.size());
      }
      if (p.fxFactor(reportingCurrency) != null) {
        currencies.add(p.currency());
      }
    }
    for (CurrencyCode c : currencies) {
      index.put(RiskFactor.fx(c), index.size());
    }
    this.factors = List.copyOf(index.keySet());
    priceIndex = new int[this.positions.size()];
    fxIndex = new int[this.positions.size()];
    for (int i = 0; i < this.positions.size(); i++) {
      RiskPosition p = this.positions.get(i);
      priceIndex[i] = p.isCash() ? -1 : index.get(p.priceFactor());
      RiskFactor fx = p.fxFactor(reportingCurrency);
      fxIndex[i] = fx == null ? -1 : index.get(fx);
    }
  }

  public LocalDate date() {
    return date;
  }

  public CurrencyCode reportingCurrency() {
    return reportingCurrency;
  }

  public List<RiskPosition> positions() {
    return positions;
  }

  /** The factors the positions depend on; factor-indexed arrays follow this order. */
  public List<RiskFactor> factors() {
    return factors;
  }

  /** The books that hold positions, in order of first appearance. */
  public List<BookId> books() {
    List<BookId> books = new ArrayList<>();
    for (RiskPosition p : positions) {
      if (!books.contains(p.book())) {
        books.add(p.book());
      }
    }
    return Collections.unmodifiableList(books);
  }

  /** The positions of one book, as a portfolio of their own (for a book's standalone VaR). */
  public RiskPortfolio forBook(BookId book) {
    return new RiskPortfolio(
        date, reportingCurrency, positions.stream().filter(p -> p.book().equals(book)).toList());
  }

  /** The sum of the positions' market values (net). */
  public double marketValue() {
    double sum = 0;
    for (RiskPosition p : positions) {
      sum += p.marketValue();
    }
    return sum;
  }

  /**
   * Position {@code i}'s P&amp;L, fully revalued, when the factors move by the relative returns
   * {@code factorReturns} (indexed as {@link #factors()}).
   */
  public double pnl(int i, double[] factorReturns) {
    double priceReturn = priceIndex[i] < 0 ? 0 : factorReturns[priceIndex[i]];
    double fxReturn = fxIndex[i] < 0 ? 0 : factorReturns[fxIndex[i]];
    return positions.get(i).pnl(priceReturn, fxReturn);
  }

  /**
   * The delta (first-order) exposure to each factor, in the reporting currency, indexed as {@link
   * #factors()}: every position puts its market value on its price factor and on its FX factor.
   */
  public double[] factorExposures() {
    double[] w = new double[factors.size()];
    for (int i = 0; i < positions.size(); i++) {
      double value = positions.get(i).marketValue();
      if (priceIndex[i] >= 0) {
        w[priceIndex[i]] += value;
      }
      if (fxIndex[i] >= 0) {
        w[fxIndex[i]] += value;
      }
    }
    return w;
  }

  int priceIndex(int position) {
    return priceIndex[position];
  }

  int fxIndex(int position) {
    return fxIndex[position];
  }
}
