package com.tickmark.model.risk;

import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Positions, portfolios and return histories for the risk tests (reporting currency USD). */
final class RiskFixtures {
  static final CurrencyCode USD = CurrencyCode.USD;
  static final CurrencyCode EUR = CurrencyCode.EUR;
  static final CurrencyCode GBP = CurrencyCode.GBP;
  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  static final BookId EQUITIES = new BookId(1);
  static final BookId MACRO = new BookId(2);

  private RiskFixtures() {}

  /** An equity of {@code id} held in {@code book}, in USD, sector "Technology", country US. */
  static RiskPosition stock(BookId book, long id, double quantity, double price) {
    return position(book, id, AssetClass.EQUITY, "Technology", USD, quantity, price, 1);
  }

  static RiskPosition position(
      BookId book,
      long id,
      AssetClass assetClass,
      String sector,
      CurrencyCode currency,
      double quantity,
      double price,
      double fxRate) {
    return new RiskPosition(
        book,
        new InstrumentId(id),
        "I" + id,
        assetClass,
        "S" + book,
        sector,
        currency.equals(USD) ? "US" : "DE",
        "",
        currency,
        quantity,
        price,
        fxRate);
  }

  static RiskPortfolio portfolio(RiskPosition... positions) {
    return new RiskPortfolio(TODAY, USD, List.of(positions));
  }

  /** {@code days} business days (weekdays) ending on {@link #TODAY}. */
  static List<LocalDate> businessDays(int days) {
    List<LocalDate> dates = new ArrayList<>();
    LocalDate d = TODAY;
    while (dates.size() < days) {
      if (d.getDayOfWeek().getValue() <= 5) {
        dates.add(0, d);
      }
      d = d.minusDays(1);
    }
    return dates;
  }

  /** Returns for {@code factors} given row by row, on the last {@code days} business days. */
  static FactorReturns returns(List<RiskFactor> factors, double[][] returns) {
    int days = returns.length == 0 ? 0 : returns[0].length;
    return new FactorReturns(factors, businessDays(days), returns);
  }

  /** Independent normal returns of daily volatility {@code vol}, from {@code seed}. */
  static FactorReturns randomReturns(List<RiskFactor> factors, int days, double vol, long seed) {
    Random random = new Random(seed);
    double[][] r = new double[factors.size()][days];
    for (double[] row : r) {
      for (int d = 0; d < days; d++) {
        row[d] = vol * random.nextGaussian();
      }
    }
    return returns(factors, r);
  }

  /** {@code n} USD stocks in two books with random long and short quantities, from {@code seed}. */
  static RiskPortfolio randomPortfolio(int n, long seed) {
    Random random = new Random(seed);
    List<RiskPosition> positions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BookId book = i % 2 == 0 ? EQUITIES : MACRO;
      CurrencyCode currency = i % 3 == 0 ? EUR : USD;
      positions.add(
          position(
              book,
              i + 1,
              AssetClass.EQUITY,
              "Sector" + i % 5,
              currency,
              random.nextInt(2001) - 1000,
              1 + random.nextDouble() * 200,
              currency.equals(USD) ? 1 : 1.08));
    }
    return new RiskPortfolio(TODAY, USD, positions);
  }
}
