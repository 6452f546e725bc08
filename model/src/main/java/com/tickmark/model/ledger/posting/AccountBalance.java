package com.tickmark.model.ledger.posting;

import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The balance of one account in one currency and one book: the sum of its posted lines, debit
 * positive.
 *
 * @param book null for the firm-wide lines
 * @param amount in {@code currency}
 * @param reportingAmount the same lines' reporting amounts summed
 */
public record AccountBalance(
    String account,
    CurrencyCode currency,
    BookId book,
    BigDecimal amount,
    BigDecimal reportingAmount) {
  public AccountBalance {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reportingAmount, "reporting amount");
  }
}
