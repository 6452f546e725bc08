package com.tickmark.model.recon.run;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a break shows of one record of a recon, beside the values the engine compares.
 *
 * @param label the record's stable name across runs (a trade's id, {@code ACCOUNT/ISIN}, a file's
 *     line)
 * @param reference the key the outside record carries (execution id, {@code ACCOUNT/ISIN}, bank
 *     entry reference)
 * @param sourceFile where an outside record was read, relative to the inbox ({@code bank/…sta});
 *     empty for ours
 * @param sourceLine its line there; 0 for ours
 * @param amount the amount at stake when the record stands alone, in {@code currency}
 * @param unitValue what one unit of the recon's stake field is worth in {@code currency} (a
 *     security's price when quantities are compared; 1 for amounts)
 * @param known whether the firm knows what it refers to (an unknown one is {@link
 *     BreakKind#UNEXPECTED} when nothing of ours matches it)
 */
public record RecordInfo(
    String label,
    String reference,
    String sourceFile,
    int sourceLine,
    BigDecimal amount,
    BigDecimal unitValue,
    String currency,
    boolean known) {
  public RecordInfo {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unitValue, "unitValue");
    Objects.requireNonNull(currency, "currency");
  }
}
