package com.tickmark.model.ledger;

import com.tickmark.model.marketdata.ReportingRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives lines their reporting amounts: each line's amount at the closing rate of the entry's date,
 * to the cent; the rounding left over (the converted lines of a balanced entry need not add up to
 * zero cent for cent) goes to the largest line, the first of equals, so that the entry balances in
 * the reporting currency too.
 */
public final class ReportingAmounts {
  private ReportingAmounts() {}

  /**
   * {@code lines} with their reporting amounts set from their amounts on {@code date}.
   *
   * @throws IllegalArgumentException naming the currency when there is no rate on or before the
   *     date
   */
  public static List<JournalLine> assign(
      List<JournalLine> lines, ReportingRates rates, LocalDate date) {
    List<JournalLine> out = new ArrayList<>(lines.size());
    BigDecimal sum = BigDecimal.ZERO;
    int largest = -1;
    for (JournalLine l : lines) {
      BigDecimal reporting = rates.convert(l.amount(), l.currency(), date);
      if (reporting == null) {
        throw new IllegalArgumentException(
            "No "
                + l.currency()
                + "/"
                + rates.reportingCurrency()
                + " rate on or before "
                + date
                + " to convert "
                + l.amount().toPlainString()
                + " "
                + l.currency()
                + " into the reporting currency");
      }
      out.add(withReporting(l, reporting));
      sum = sum.add(reporting);
      if (largest < 0 || l.amount().abs().compareTo(lines.get(largest).amount().abs()) > 0) {
        largest = out.size() - 1;
      }
    }
    if (sum.signum() != 0 && largest >= 0) {
      JournalLine l = out.get(largest);
      out.set(largest, withReporting(l, l.reportingAmount().subtract(sum)));
    }
    return out;
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
