package com.tickmark.model.settlement.penalty;

import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The central bank overnight credit rates CSDR lack-of-cash penalties are charged at: for the euro,
 * the ECB's marginal lending facility rate, by the date each change took effect (ECB press releases
 * on its key interest rates). Other currencies have no rate here, so their lack-of-cash fails are
 * reported as not charged rather than guessed.
 *
 * <p>The table ends with the change of 11 June 2025; a later change must be added here (changes
 * after that date are unverified).
 */
public final class CentralBankRates implements CashRates {
  private static final NavigableMap<LocalDate, BigDecimal> EUR_MARGINAL_LENDING =
      new TreeMap<>(
          Map.ofEntries(
              rate("2019-09-18", "0.25"),
              rate("2022-07-27", "0.75"),
              rate("2022-09-14", "1.50"),
              rate("2022-11-02", "2.25"),
              rate("2022-12-21", "3.00"),
              rate("2023-02-08", "3.50"),
              rate("2023-03-22", "4.00"),
              rate("2023-05-10", "4.25"),
              rate("2023-06-21", "4.50"),
              rate("2023-08-02", "4.75"),
              rate("2024-06-12", "4.50"),
              rate("2024-09-18", "3.90"),
              rate("2024-10-23", "3.65"),
              rate("2024-12-18", "3.40"),
              rate("2025-02-05", "3.15"),
              rate("2025-03-12", "2.90"),
              rate("2025-04-23", "2.65"),
              rate("2025-06-11", "2.40")));

  private static Map.Entry<LocalDate, BigDecimal> rate(String from, String percent) {
    return Map.entry(LocalDate.parse(from), new BigDecimal(percent));
  }

  @Override
  public Optional<BigDecimal> annualPercent(CurrencyCode currency, LocalDate date) {
    if (!CurrencyCode.EUR.equals(currency)) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, BigDecimal> e = EUR_MARGINAL_LENDING.floorEntry(date);
    return e == null ? Optional.empty() : Optional.of(e.getValue());
  }
}
