package com.tickmark.model.ledger.posting;

import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reconciliation break written off: cash the firm will not recover (a loss) or keeps (a gain).
 *
 * @param reference what identifies the write-off among all others (the break's reference); its
 *     entry is posted once
 * @param amount positive for a loss (cash written down), negative for a gain
 * @param book the book it is charged to; null when firm-wide
 */
public record WriteOff(
    String reference, LocalDate on, CurrencyCode currency, BigDecimal amount, BookId book) {
  public WriteOff {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("A write-off needs a reference");
    }
    Objects.requireNonNull(on, "date");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() == 0) {
      throw new IllegalArgumentException("Write-off " + reference + " writes off nothing");
    }
  }
}
