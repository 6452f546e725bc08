package com.tickmark.model.ledger.lot;

import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.InstrumentId;
import java.util.Comparator;
import java.util.Objects;

/** Where lots are kept: one book's holding of one instrument, across its custody accounts. */
public record LotKey(BookId book, InstrumentId instrument) implements Comparable<LotKey> {
  private static final Comparator<LotKey> ORDER =
      Comparator.comparingLong((LotKey k) -> k.book.value())
          .thenComparingLong(k -> k.instrument.value());

  public LotKey {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(instrument, "instrument");
  }

  @Override
  public int compareTo(LotKey other) {
    return ORDER.compare(this, other);
  }
}
