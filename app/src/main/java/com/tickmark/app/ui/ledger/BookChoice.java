package com.tickmark.app.ui.ledger;

import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A choice of a book picker: one book by its code and name, or none (every book together on the
 * trial balance, a firm-wide line in a manual journal).
 *
 * @param id null for the choice of no one book
 * @param code the book's code; empty for no one book
 */
public record BookChoice(BookId id, String code, String label) {
  /** The choices: {@code none} first, then the books in code order. */
  static List<BookChoice> of(String none, List<Book> books) {
    return Stream.concat(
            Stream.of(new BookChoice(null, "", none)),
            books.stream()
                .sorted(Comparator.comparing(Book::code))
                .map(b -> new BookChoice(b.id(), b.code(), b.code() + " · " + b.name())))
        .toList();
  }

  @Override
  public String toString() {
    return label;
  }
}
