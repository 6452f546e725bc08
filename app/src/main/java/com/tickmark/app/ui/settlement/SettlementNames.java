package com.tickmark.app.ui.settlement;

import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reference data by id, read once per load, so the settlement screens show codes, not ids. */
record SettlementNames(
    Map<InstrumentId, Instrument> instruments,
    Map<AccountId, Account> accounts,
    Map<CounterpartyId, Counterparty> counterparties,
    Map<BookId, Book> books,
    Map<CurrencyCode, Currency> currencies) {
  static SettlementNames read(ReferenceDataService refdata, Actor actor) {
    return new SettlementNames(
        refdata.instruments(actor).stream()
            .collect(Collectors.toMap(Instrument::id, Function.identity())),
        refdata.accounts(actor).stream()
            .collect(Collectors.toMap(Account::id, Function.identity())),
        refdata.counterparties(actor).stream()
            .collect(Collectors.toMap(Counterparty::id, Function.identity())),
        refdata.books(actor).stream().collect(Collectors.toMap(Book::id, Function.identity())),
        refdata.currencies(actor).stream()
            .collect(Collectors.toMap(Currency::code, Function.identity())));
  }

  String instrument(InstrumentId id) {
    Instrument i = instruments.get(id);
    return i == null ? "" : i.symbol();
  }

  String account(AccountId id) {
    Account a = id == null ? null : accounts.get(id);
    return a == null ? "" : a.code();
  }

  String counterparty(CounterpartyId id) {
    Counterparty c = id == null ? null : counterparties.get(id);
    return c == null ? "" : c.code();
  }

  String book(BookId id) {
    Book b = id == null ? null : books.get(id);
    return b == null ? "" : b.code();
  }

  int scale(CurrencyCode currency) {
    Currency c = currencies.get(currency);
    return c == null ? 2 : c.minorUnits();
  }
}
