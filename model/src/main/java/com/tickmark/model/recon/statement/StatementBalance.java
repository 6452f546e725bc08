package com.tickmark.model.recon.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A balance a bank statement states: the opening one ({@code :60F:}, {@code OPBD}), the closing one
 * ({@code :62F:}, {@code CLBD}), or an intermediate one where a statement continues on another page
 * ({@code :60M:}/{@code :62M:}).
 *
 * @param line where the balance is in the file
 * @param field the tag or balance type it was read from ({@code :60F:}, {@code Bal OPBD})
 * @param date the date the balance is at
 * @param amount signed from the account holder's view: a credit balance is positive, a debit one
 *     negative; at the currency's scale
 * @param intermediate whether the statement continues on another page ({@code M} balances)
 */
public record StatementBalance(
    int line, String field, LocalDate date, BigDecimal amount, boolean intermediate) {
  public StatementBalance {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
  }
}
