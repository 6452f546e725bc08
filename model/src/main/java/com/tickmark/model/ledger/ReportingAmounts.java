package com.tickmark.model.ledger;

import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives lines their reporting amounts: each line's amount at the closing rate of the entry's date,
 * to the cent; the rounding left over (the converted lines of a balanced entry need not add up to
 * zero cent for cent) goes to the line with the largest reporting amount, the first of equals, so
 * that the entry balances in the reporting currency too and the same lines always convert the same
 * way.
 */
public final class ReportingAmounts {
  private ReportingAmounts() {}

  /**
   * {@code lines} with their reporting amounts set from their amounts on {@code date}.
   *
   * @throws MissingRateException when a line's currency has no rate on or before the date
   */
  public static List<JournalLine> assign(
      List<JournalLine> lines, ReportingRates rates, LocalDate date) {
    BigDecimal[] reporting = new BigDecimal[lines.size()];
    BigDecimal sum = BigDecimal.ZERO;
    int largest = 0;
    for (int i = 0; i < reporting.length; i++) {
      JournalLine l = lines.get(i);
      reporting[i] = convert(rates, l.amount(), l.currency(), date);
      sum = sum.add(reporting[i]);
      if (reporting[i].abs().compareTo(reporting[largest].abs()) > 0) {
        largest = i;
      }
    }
    if (sum.signum() != 0) {
      reporting[largest] = reporting[largest].subtract(sum);
    }
    List<JournalLine> out = new ArrayList<>(lines.size());
    for (int i = 0; i < reporting.length; i++) {
      out.add(withReporting(lines.get(i), reporting[i]));
    }
    return out;
  }

  /**
   * {@code amount} in the reporting currency at {@code date}'s close, to the cent.
   *
   * @throws MissingRateException when {@code currency} has no rate on or before the date
   */
  public static BigDecimal convert(
      ReportingRates rates, BigDecimal amount, CurrencyCode currency, LocalDate date) {
    BigDecimal converted = rates.convert(amount, currency, date);
    if (converted == null) {
      throw new MissingRateException(currency, rates.reportingCurrency(), date);
    }
    return converted;
  }

  private static JournalLine withReporting(JournalLine l, BigDecimal reporting) {
    return new JournalLine(
        l.account(),
        l.currency(),
        l.amount(),
        reporting,
        l.book(),
        l.strategy(),
        l.instrument(),
        l.memo());
  }
}
