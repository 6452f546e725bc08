package com.tickmark.model.recon.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A bank statement as stored: the firm's cash account it belongs to, its balances, how many entries
 * it has, where it came from, and whether it follows the account's statement stored before it.
 *
 * <p>Amounts are at the currency's scale.
 *
 * @param importId the import that stored it
 * @param accountCode the firm's cash account ({@code CASH-EUR})
 * @param account the account's IBAN or number as the bank wrote it
 * @param sequence the page, or null
 * @param line where the statement starts in its file
 * @param discontinuity why it does not follow the account's previous stored statement (another
 *     opening balance, a gap in the numbers), as the recon's "balance discontinuity" break will
 *     show it; null when it follows, or is the account's first
 */
public record StoredStatement(
    long id,
    long importId,
    String accountCode,
    String account,
    String currency,
    String number,
    String sequence,
    LocalDate openingDate,
    BigDecimal opening,
    LocalDate closingDate,
    BigDecimal closing,
    int entries,
    String fileName,
    int line,
    String discontinuity) {
  public StoredStatement {
    Objects.requireNonNull(accountCode, "accountCode");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(closingDate, "closingDate");
    Objects.requireNonNull(opening, "opening");
    Objects.requireNonNull(closing, "closing");
    Objects.requireNonNull(fileName, "fileName");
    opening = atCurrencyScale(opening, currency);
    closing = atCurrencyScale(closing, currency);
  }

  /** As the bank wrote it ({@code 1234.50}), also when read back from a wider column. */
  private static BigDecimal atCurrencyScale(BigDecimal amount, String currency) {
    BigDecimal scaled = StatementAmounts.atScale(amount, StatementAmounts.scale(currency));
    return scaled == null ? amount : scaled;
  }

  /** The statement number with its page: {@code 19321/1}, or the number alone. */
  public String numberAndSequence() {
    return sequence == null ? number : number + "/" + sequence;
  }

  /** This statement as the one the next statement of its account must follow. */
  StatementChecks.Previous asPrevious() {
    return new StatementChecks.Previous(
        currency,
        number,
        sequence,
        closing,
        fileName + " line " + line,
        fileName + " line " + line);
  }
}
