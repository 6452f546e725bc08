package com.tickmark.model.refdata;

import java.util.Objects;

/** A trading book: where a strategy's positions and P&amp;L are kept, in a base currency. */
public record Book(
    BookId id, String code, String name, String strategyCode, CurrencyCode baseCurrency) {
  public Book {
    Objects.requireNonNull(id, "id");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("Book code must not be empty");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(strategyCode, "strategy");
    Objects.requireNonNull(baseCurrency, "base currency");
  }
}
