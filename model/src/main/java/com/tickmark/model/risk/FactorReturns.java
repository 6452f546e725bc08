package com.tickmark.model.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * Daily relative returns of risk factors: {@code returns[f][d]} is factor {@code f}'s move from the
 * close of the business day before {@code dates.get(d)} to the close of that day.
 */
public record FactorReturns(List<RiskFactor> factors, List<LocalDate> dates, double[][] returns) {
  public FactorReturns {
    factors = List.copyOf(factors);
    dates = List.copyOf(dates);
    if (returns.length != factors.size()) {
      throw new IllegalArgumentException("One row of returns per factor");
    }
    for (double[] row : returns) {
      if (row.length != dates.size()) {
        throw new IllegalArgumentException("One return per factor and date");
      }
    }
  }

  public int days() {
    return dates.size();
  }
}
