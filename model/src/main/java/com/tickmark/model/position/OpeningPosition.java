package com.tickmark.model.position;

import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A settled holding in the opening book: what a book held in a custody account at the close of
 * {@code asOf}, before the firm's first trade in Tickmark (negative = short).
 *
 * @param cost what the holding cost, in the instrument's currency (negative for a short: what
 *     selling it brought in)
 */
public record OpeningPosition(
    LocalDate asOf,
    BookId book,
    AccountId custodyAccount,
    InstrumentId instrument,
    BigDecimal quantity,
    BigDecimal cost) {
  public OpeningPosition {
    Objects.requireNonNull(asOf, "as-of date");
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(custodyAccount, "custody account");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(cost, "cost");
  }
}
