package com.tickmark.model.refdata;

import java.util.Objects;

/**
 * A trading book: where a strategy's positions and P&amp;L are kept, in a base currency.
 *
 * @param retired no longer offered for new trades; the trades booked in it still name it
 */
public record Book(
    BookId id,
    String code,
    String name,
    String strategyCode,
    CurrencyCode baseCurrency,
    boolean retired) {
  public Book {
    Objects.requireNonNull(id, "id");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("Book code must not be empty");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(strategyCode, "strategy");
    Objects.requireNonNull(baseCurrency, "base currency");
  }

  /** A book that is not retired. */
  public Book(BookId id, String code, String name, String strategyCode, CurrencyCode baseCurrency) {
    this(id, code, name, strategyCode, baseCurrency, false);
  }

  public Book withRetired(boolean retired) {
    return new Book(id, code, name, strategyCode, baseCurrency, retired);
  }
}
