package com.tickmark.model.trade.blotter;

import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the blotter shows instead of internal ids (instrument symbols, book codes, broker codes),
 * and how it converts amounts into the firm's reporting currency so that groups in several
 * currencies can be totalled: at the closing rate of the trade date, or the latest close before it.
 */
public final class BlotterReference {
  /** Amounts in the reporting currency are kept to this many decimals (cents). */
  public static final int BASE_SCALE = ReportingRates.SCALE;

  /** A conversion that has no rate. */
  public static final long NO_RATE = Long.MIN_VALUE;

  private final CurrencyCode reportingCurrency;
  private final Map<Long, Instrument> instruments = new HashMap<>();
  private final Map<Long, Book> books = new HashMap<>();
  private final Map<Long, Counterparty> counterparties = new HashMap<>();
  private final Map<Long, Account> accounts = new HashMap<>();

  private final ReportingRates rates;

  public BlotterReference(
      CurrencyCode reportingCurrency,
      Collection<Instrument> instruments,
      Collection<Book> books,
      Collection<Counterparty> counterparties,
      Collection<Account> accounts,
      Collection<FxRate> rates) {
    this.reportingCurrency = Objects.requireNonNull(reportingCurrency, "reporting currency");
    instruments.forEach(i -> this.instruments.put(i.id().value(), i));
    books.forEach(b -> this.books.put(b.id().value(), b));
    counterparties.forEach(c -> this.counterparties.put(c.id().value(), c));
    accounts.forEach(a -> this.accounts.put(a.id().value(), a));
    this.rates = new ReportingRates(reportingCurrency, rates);
  }

  public CurrencyCode reportingCurrency() {
    return reportingCurrency;
  }

  public Instrument instrument(long id) {
    return instruments.get(id);
  }

  public Book book(long id) {
    return books.get(id);
  }

  public Counterparty counterparty(long id) {
    return counterparties.get(id);
  }

  public Account account(long id) {
    return accounts.get(id);
  }

  /**
   * {@code amount} in {@code currency} on {@code date}, in the reporting currency, in cents
   * (half-even); {@link #NO_RATE} when there is no rate on or before the date.
   */
  long toBaseCents(BigDecimal amount, CurrencyCode currency, LocalDate date) {
    BigDecimal converted = rates.convert(amount, currency, date);
    return converted == null ? NO_RATE : converted.unscaledValue().longValueExact();
  }
}
