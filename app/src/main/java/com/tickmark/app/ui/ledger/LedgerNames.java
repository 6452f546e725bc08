package com.tickmark.app.ui.ledger;

import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reference data by id, read once per load, so the ledger screens show book codes and instrument
 * symbols, not ids, and amounts in their currency's scale.
 */
record LedgerNames(
    Map<BookId, Book> books,
    Map<InstrumentId, Instrument> instruments,
    Map<CurrencyCode, Currency> currencies) {
  static LedgerNames read(ReferenceDataService refdata, Actor actor) {
    return new LedgerNames(
        refdata.books(actor).stream().collect(Collectors.toMap(Book::id, Function.identity())),
        refdata.instruments(actor).stream()
            .collect(Collectors.toMap(Instrument::id, Function.identity())),
        refdata.currencies(actor).stream()
            .collect(Collectors.toMap(Currency::code, Function.identity())));
  }

  /** The book's code; empty for a firm-wide line. */
  String book(BookId id) {
    Book b = id == null ? null : books.get(id);
    return b == null ? "" : b.code();
  }

  /** The instrument's symbol; empty when the line is about none. */
  String instrument(InstrumentId id) {
    Instrument i = id == null ? null : instruments.get(id);
    return i == null ? "" : i.symbol();
  }

  /** The currency's minor units (2 when the currency is not in the reference data). */
  int scale(CurrencyCode currency) {
    Currency c = currency == null ? null : currencies.get(currency);
    return c == null ? 2 : c.minorUnits();
  }

  /** {@code amount} in {@code currency}'s scale; null stays null. */
  BigDecimal money(BigDecimal amount, CurrencyCode currency) {
    return amount == null ? null : amount.setScale(scale(currency), RoundingMode.HALF_EVEN);
  }
}
