package com.tickmark.app.cli;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reference data by id, for list commands to print codes, not ids, and amounts in scale. */
final class ReferenceNames {
  final Map<InstrumentId, Instrument> instruments;
  final Map<AccountId, Account> accounts;
  final Map<CounterpartyId, Counterparty> counterparties;
  final Map<CurrencyCode, Currency> currencies;
  final Map<BookId, Book> books;

  ReferenceNames(Actor actor, ReferenceDataService refdata) {
    instruments =
        refdata.instruments(actor).stream()
            .collect(Collectors.toMap(Instrument::id, Function.identity()));
    accounts =
        refdata.accounts(actor).stream()
            .collect(Collectors.toMap(Account::id, Function.identity()));
    counterparties =
        refdata.counterparties(actor).stream()
            .collect(Collectors.toMap(Counterparty::id, Function.identity()));
    currencies =
        refdata.currencies(actor).stream()
            .collect(Collectors.toMap(Currency::code, Function.identity()));
    books = refdata.books(actor).stream().collect(Collectors.toMap(Book::id, Function.identity()));
  }

  String book(BookId id) {
    return books.get(id).code();
  }

  String counterparty(CounterpartyId id) {
    Counterparty c = counterparties.get(id);
    return c == null ? "" : c.code();
  }

  String account(AccountId id) {
    Account a = id == null ? null : accounts.get(id);
    return a == null ? "" : a.code();
  }

  /** The account number its provider's own files use (its code when it has none). */
  String accountNumber(AccountId id) {
    Account a = id == null ? null : accounts.get(id);
    return a == null ? "" : a.number().isBlank() ? a.code() : a.number();
  }

  /** A quantity without trailing zeros: {@code 1500}, {@code 0.5}. */
  static String quantity(BigDecimal q) {
    return q.signum() == 0 ? "0" : q.stripTrailingZeros().toPlainString();
  }

  /** An amount in its currency's scale: {@code -1234.50}. */
  String money(BigDecimal amount, CurrencyCode currency) {
    Currency c = currencies.get(currency);
    return amount.setScale(c == null ? 2 : c.minorUnits(), RoundingMode.HALF_EVEN).toPlainString();
  }
}
