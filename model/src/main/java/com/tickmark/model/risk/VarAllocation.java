package com.tickmark.model.risk;

import java.util.List;

/**
 * A portfolio's VaR and ES and how they split over its positions (in the portfolio's order) and its
 * books (in order of first appearance).
 */
public record VarAllocation(
    VarEstimate total, List<VarContribution> positions, List<VarContribution> books) {
  public VarAllocation {
    positions = List.copyOf(positions);
    books = List.copyOf(books);
  }

  /** Sums position contributions per book, in the order of {@link RiskPortfolio#books()}. */
  static List<VarContribution> byBook(RiskPortfolio portfolio, List<VarContribution> positions) {
    return portfolio.books().stream()
        .map(
            book -> {
              double value = 0;
              double var = 0;
              double es = 0;
              for (VarContribution c : positions) {
                if (c.book().equals(book)) {
                  value += c.marketValue();
                  var += c.componentVar();
                  es += c.componentEs();
                }
              }
              return new VarContribution(book, null, value, var, es);
            })
        .toList();
  }
}
