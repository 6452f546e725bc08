package com.tickmark.model.position;

import java.time.LocalDate;
import java.util.List;

/**
 * The firm's positions and cash as of {@code date}.
 *
 * @param securities non-zero holdings and pending ones, by book, instrument and account
 * @param cash every cash account's balances, then cash without a single account
 */
public record Positions(LocalDate date, List<Position> securities, List<CashBalance> cash) {
  public Positions {
    securities = List.copyOf(securities);
    cash = List.copyOf(cash);
  }
}
