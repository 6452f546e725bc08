package com.tickmark.model.recon.statement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One statement of one bank account as the bank sent it, read strictly from an MT940 or camt.053
 * file: its balances, and its entries in the file's order. Amounts are exact, at the currency's
 * scale.
 *
 * @param line where the statement starts in its file ({@code :20:}, {@code <Stmt>})
 * @param account the account's IBAN or number, as the bank writes it
 * @param accountLine where the account is in the file ({@code :25:}, {@code Acct/Id})
 * @param currency the ISO 4217 code of the balances and entries
 * @param number the statement number ({@code :28C:}, {@code ElctrncSeqNb}, {@code LglSeqNb}, or the
 *     statement's {@code Id})
 * @param sequence the page of a statement sent in several ({@code :28C:}'s second part), or null
 * @param opening the opening balance
 * @param closing the closing balance; its date is the statement's date
 */
public record BankStatement(
    int line,
    String account,
    int accountLine,
    String currency,
    String number,
    String sequence,
    StatementBalance opening,
    StatementBalance closing,
    List<StatementEntry> entries) {
  public BankStatement {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(opening, "opening");
    Objects.requireNonNull(closing, "closing");
    entries = List.copyOf(entries);
  }

  /** The sum of the entries (the movements), signed, at the currency's scale. */
  public BigDecimal movements() {
    BigDecimal sum = BigDecimal.ZERO.setScale(opening.amount().scale());
    for (StatementEntry e : entries) {
      sum = sum.add(e.amount());
    }
    return sum;
  }

  /** The statement number with its page: {@code 19321/1}, or the number alone. */
  public String numberAndSequence() {
    return sequence == null ? number : number + "/" + sequence;
  }
}
