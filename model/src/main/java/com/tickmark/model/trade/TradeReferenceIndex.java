package com.tickmark.model.trade;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.SettlementDateCalculator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One snapshot of the reference data a trade is captured against, indexed once per capture run: a
 * hand-keyed trade, a file of a million rows or a FIX session. Codes, symbols and ISINs are looked
 * up case-insensitively and ignoring surrounding blanks.
 */
public final class TradeReferenceIndex {
  private final Map<String, Book> books = new HashMap<>();
  private final Map<BookId, Book> booksById = new HashMap<>();
  private final Map<String, Instrument> bySymbol = new HashMap<>();
  private final Map<String, Instrument> byIsin = new HashMap<>();
  private final Map<String, Counterparty> counterparties = new HashMap<>();
  private final Map<String, Account> accounts = new HashMap<>();
  private final Map<CurrencyCode, Currency> currencies = new HashMap<>();
  private final SettlementDateCalculator settlement;

  public TradeReferenceIndex(
      List<Book> books,
      List<Instrument> instruments,
      List<Counterparty> counterparties,
      List<Account> accounts,
      List<Currency> currencies,
      Map<String, HolidayCalendar> calendars) {
    for (Book b : books) {
      this.books.put(key(b.code()), b);
      booksById.put(b.id(), b);
    }
    for (Instrument i : instruments) {
      bySymbol.put(key(i.symbol()), i);
      if (i.isin() != null) {
        byIsin.put(key(i.isin().value()), i);
      }
    }
    counterparties.forEach(c -> this.counterparties.put(key(c.code()), c));
    accounts.forEach(a -> this.accounts.put(key(a.code()), a));
    currencies.forEach(c -> this.currencies.put(c.code(), c));
    settlement = new SettlementDateCalculator(calendars);
  }

  /** The reference data as {@code referenceData} holds it now. */
  public static TradeReferenceIndex of(ReferenceDataStore referenceData) {
    return new TradeReferenceIndex(
        referenceData.books(),
        referenceData.instruments(),
        referenceData.counterparties(),
        referenceData.accounts(),
        referenceData.currencies(),
        referenceData.calendars());
  }

  public Book book(String code) {
    return books.get(key(code));
  }

  /** The book a trading account belongs to, or null for an account of no book. */
  public Book bookOf(Account account) {
    return account.book() == null ? null : booksById.get(account.book());
  }

  public Instrument bySymbol(String symbol) {
    return bySymbol.get(key(symbol));
  }

  public Instrument byIsin(String isin) {
    return byIsin.get(key(isin));
  }

  public Counterparty counterparty(String code) {
    return counterparties.get(key(code));
  }

  public Account account(String code) {
    return accounts.get(key(code));
  }

  /** The currency with {@code code}, or null when the firm does not keep it. */
  public Currency currency(CurrencyCode code) {
    return currencies.get(code);
  }

  /**
   * The currency with {@code code}; a code the reference data lacks is taken with two decimals, so
   * that amounts always have a scale.
   */
  public Currency currencyOrDefault(CurrencyCode code) {
    Currency c = currencies.get(code);
    return c != null ? c : new Currency(code, code.code(), 2);
  }

  public SettlementDateCalculator settlement() {
    return settlement;
  }

  static String key(String s) {
    return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
  }
}
