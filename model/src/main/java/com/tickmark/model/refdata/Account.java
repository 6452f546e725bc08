package com.tickmark.model.refdata;

import java.util.Objects;

/**
 * An account: a book's trading account, a custody account at a custodian or a cash account at a
 * bank.
 *
 * @param provider the custodian or bank that keeps it (custody and cash accounts)
 * @param currency the account currency (cash accounts)
 * @param number the external number: a safekeeping account number or an IBAN
 * @param book the book a trading account belongs to
 * @param retired no longer offered for new trades; the trades that name it still do
 */
public record Account(
    AccountId id,
    String code,
    String name,
    AccountType type,
    CounterpartyId provider,
    CurrencyCode currency,
    String number,
    BookId book,
    boolean retired) {
  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("Account code must not be empty");
    }
    Objects.requireNonNull(name, "name");
    number = number == null ? "" : number;
    switch (type) {
      case TRADING -> Objects.requireNonNull(book, "Trading account " + code + " needs a book");
      case CUSTODY ->
          Objects.requireNonNull(provider, "Custody account " + code + " needs a custodian");
      case CASH -> {
        Objects.requireNonNull(provider, "Cash account " + code + " needs a bank");
        Objects.requireNonNull(currency, "Cash account " + code + " needs a currency");
      }
    }
  }

  /** An account that is not retired. */
  public Account(
      AccountId id,
      String code,
      String name,
      AccountType type,
      CounterpartyId provider,
      CurrencyCode currency,
      String number,
      BookId book) {
    this(id, code, name, type, provider, currency, number, book, false);
  }

  public Account withRetired(boolean retired) {
    return new Account(id, code, name, type, provider, currency, number, book, retired);
  }
}
