package com.tickmark.model.ledger;

import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What posted entries added to one account in one currency and book: the debits and the credits
 * (both positive), in the currency and in the reporting currency.
 *
 * @param book null for firm-wide lines
 */
public record BalanceRow(
    String account,
    CurrencyCode currency,
    BookId book,
    BigDecimal debit,
    BigDecimal credit,
    BigDecimal reportingDebit,
    BigDecimal reportingCredit) {
  public BalanceRow {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(debit, "debit");
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(reportingDebit, "reporting debit");
    Objects.requireNonNull(reportingCredit, "reporting credit");
  }

  /** Debits less credits, in the currency. */
  public BigDecimal balance() {
    return debit.subtract(credit);
  }

  /** Debits less credits, in the reporting currency. */
  public BigDecimal reportingBalance() {
    return reportingDebit.subtract(reportingCredit);
  }
}
