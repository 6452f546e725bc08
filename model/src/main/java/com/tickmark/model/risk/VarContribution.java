package com.tickmark.model.risk;

import com.tickmark.model.refdata.BookId;

/**
 * What one position or one book contributes to the portfolio's VaR and ES; contributions add up to
 * the portfolio's figures.
 *
 * @param position the position, or null for a book's contribution (the sum of its positions')
 * @param marketValue in the reporting currency
 * @param componentVar the share of the portfolio's VaR (Euler allocation)
 * @param componentEs the share of the portfolio's expected shortfall
 */
public record VarContribution(
    BookId book,
    RiskPosition position,
    double marketValue,
    double componentVar,
    double componentEs) {

  /**
   * Marginal VaR: how much the portfolio's VaR changes per unit of the reporting currency added to
   * this position (or to the book, scaled as it is): component VaR / market value. NaN when the
   * market value is zero.
   */
  public double marginalVar() {
    return marketValue == 0 ? Double.NaN : componentVar / marketValue;
  }
}
