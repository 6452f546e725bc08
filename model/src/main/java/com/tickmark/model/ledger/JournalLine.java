package com.tickmark.model.ledger;

import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a journal entry: a signed amount on one account, debit positive and credit negative,
 * in the line's currency and in the reporting currency.
 *
 * <p>The reporting amount is fixed when the line is posted (at that day's closing rate). A
 * revaluation line changes only the reporting amount of a foreign-currency balance: its amount in
 * the line's currency is zero.
 *
 * @param amount debit positive, credit negative, in {@code currency}
 * @param reportingAmount the same in the reporting currency, to the cent
 * @param book the book the line belongs to; null for a firm-wide line
 * @param strategy the book's strategy code; null when {@code book} is
 * @param instrument the instrument the line is about (every line of a trade's entries carries its
 *     instrument, so that P&amp;L by instrument includes its costs); null for lines about no one
 *     instrument, such as opening cash, write-offs and firm-wide lines
 */
public record JournalLine(
    String account,
    CurrencyCode currency,
    BigDecimal amount,
    BigDecimal reportingAmount,
    BookId book,
    String strategy,
    InstrumentId instrument,
    String memo) {
  public JournalLine {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reportingAmount, "reporting amount");
    if (amount.signum() == 0 && reportingAmount.signum() == 0) {
      throw new IllegalArgumentException("A journal line on " + account + " moves nothing");
    }
    memo = memo == null ? "" : memo;
  }

  public boolean debit() {
    return amount.signum() > 0 || (amount.signum() == 0 && reportingAmount.signum() > 0);
  }

  /** The debit in the line's currency; zero for a credit. */
  public BigDecimal debitAmount() {
    return amount.signum() > 0 ? amount : BigDecimal.ZERO;
  }

  /** The credit in the line's currency, positive; zero for a debit. */
  public BigDecimal creditAmount() {
    return amount.signum() < 0 ? amount.negate() : BigDecimal.ZERO;
  }

  /** This line the other way round, as a reversal posts it. */
  public JournalLine negated() {
    return new JournalLine(
        account,
        currency,
        amount.negate(),
        reportingAmount.negate(),
        book,
        strategy,
        instrument,
        memo);
  }
}
