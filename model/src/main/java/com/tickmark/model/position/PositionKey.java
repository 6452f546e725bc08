package com.tickmark.model.position;

import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.util.Objects;

/**
 * What trades and settlements move together: one book's holding of one instrument in one account,
 * and the cash its trades move in one currency.
 *
 * @param account the custody account (for FX spot, the cash account of the base currency); null for
 *     a trade that names none
 */
public record PositionKey(
    BookId book, InstrumentId instrument, AccountId account, CurrencyCode currency) {
  public PositionKey {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(currency, "currency");
  }
}
