package com.tickmark.model.recon.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One booked movement of a bank statement ({@code :61:} with its {@code :86:}, or {@code Ntry}).
 * Optional references and parties are null when the bank gives none.
 *
 * @param line where the entry starts in the file
 * @param valueDate the date the money moves for interest
 * @param bookingDate the date the bank booked it, or null when the bank does not say
 * @param amount signed from the account holder's view: a credit positive, a debit negative; at the
 *     currency's scale
 * @param mark as the bank wrote it: {@code C}, {@code D}, {@code RC} (reversal of a credit, so a
 *     debit), {@code RD}; {@code CRDT} or {@code DBIT} in camt.053
 * @param typeCode the transaction type: MT940's {@code NTRF}, camt.053's bank transaction code
 *     ({@code PMNT/RCDT/BOOK}, or the proprietary one)
 * @param endToEndId the payer's end-to-end id ({@code EREF+}, {@code <EndToEndId>})
 * @param bankReference the bank's own reference ({@code //} in {@code :61:}, {@code AcctSvcrRef})
 * @param customerReference the account holder's reference ({@code :61:}, {@code NtryRef}/{@code
 *     InstrId}); null for MT940's NONREF
 * @param counterpartyName the other party's name, where given
 * @param counterpartyAccount the other party's account (IBAN or number), where given
 * @param information the remittance information: the whole {@code :86:} text, or the {@code Ustrd}
 *     lines, joined; "" when there is none
 */
public record StatementEntry(
    int line,
    LocalDate valueDate,
    LocalDate bookingDate,
    BigDecimal amount,
    String mark,
    String typeCode,
    String endToEndId,
    String bankReference,
    String customerReference,
    String counterpartyName,
    String counterpartyAccount,
    String information) {
  public StatementEntry {
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(information, "information");
  }
}
