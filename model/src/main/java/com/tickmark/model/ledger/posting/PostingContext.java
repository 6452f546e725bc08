package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.PostingAccounts;
import com.tickmark.model.ledger.PostingRole;
import com.tickmark.model.ledger.ReportingAmounts;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What every posting rule looks up: the role's account, a book's strategy, an instrument, a
 * currency's decimals and an amount in the reporting currency.
 */
final class PostingContext {
  private final PostingAccounts accounts;
  private final ReportingRates rates;
  private final Map<BookId, Book> books = new HashMap<>();
  private final Map<InstrumentId, Instrument> instruments = new HashMap<>();
  private final Map<AccountId, Account> cashAccounts = new HashMap<>();
  private final Map<CurrencyCode, Integer> minorUnits = new HashMap<>();

  PostingContext(PostingInputs inputs) {
    this.accounts = inputs.accounts();
    this.rates = inputs.rates();
    ReferenceData data = inputs.referenceData();
    data.books().forEach(b -> books.put(b.id(), b));
    data.instruments().forEach(i -> instruments.put(i.id(), i));
    data.accounts().forEach(a -> cashAccounts.put(a.id(), a));
    for (Currency c : data.currencies()) {
      minorUnits.put(c.code(), c.minorUnits());
    }
  }

  String code(PostingRole role) {
    return accounts.code(role);
  }

  CurrencyCode reportingCurrency() {
    return rates.reportingCurrency();
  }

  /** The strategy code of {@code book}; null for a firm-wide line or a book without one. */
  String strategy(BookId book) {
    if (book == null) {
      return null;
    }
    Book found = books.get(book);
    if (found == null) {
      throw new IllegalArgumentException("Book " + book + " is not in the reference data");
    }
    return found.strategyCode().isBlank() ? null : found.strategyCode();
  }

  Instrument instrument(InstrumentId id) {
    Instrument found = instruments.get(id);
    if (found == null) {
      throw new IllegalArgumentException("Instrument " + id + " is not in the reference data");
    }
    return found;
  }

  Account account(AccountId id) {
    Account found = cashAccounts.get(id);
    if (found == null) {
      throw new IllegalArgumentException("Account " + id + " is not in the reference data");
    }
    return found;
  }

  int minorUnits(CurrencyCode currency) {
    Integer units = minorUnits.get(currency);
    if (units == null) {
      throw new IllegalArgumentException("Currency " + currency + " is not in the reference data");
    }
    return units;
  }

  ReportingRates rates() {
    return rates;
  }

  /** {@code amount} in the reporting currency at the close of {@code date}, to the cent. */
  BigDecimal reporting(BigDecimal amount, CurrencyCode currency, LocalDate date) {
    return ReportingAmounts.convert(rates, amount, currency, date);
  }
}
