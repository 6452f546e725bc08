package com.tickmark.model.trade.blotter;

import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the blotter shows instead of internal ids (instrument symbols, book codes, broker codes),
 * and how it converts amounts into the firm's reporting currency so that groups in several
 * currencies can be totalled: at the closing rate of the trade date, or the latest close before it.
 */
public final class BlotterReference {
  /** Amounts in the reporting currency are kept to this many decimals (cents). */
  public static final int BASE_SCALE = 2;

  /** A conversion that has no rate. */
  public static final long NO_RATE = Long.MIN_VALUE;

  private final CurrencyCode reportingCurrency;
  private final Map<Long, Instrument> instruments = new HashMap<>();
  private final Map<Long, Book> books = new HashMap<>();
  private final Map<Long, Counterparty> counterparties = new HashMap<>();
  private final Map<Long, Account> accounts = new HashMap<>();

  /** Units of the reporting currency per unit of each currency, by date. */
  private final Map<CurrencyCode, NavigableMap<LocalDate, BigDecimal>> toBase = new HashMap<>();

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
    for (FxRate rate : rates) {
      if (rate.quote().equals(reportingCurrency)) {
        toBase.computeIfAbsent(rate.base(), c -> new TreeMap<>()).put(rate.date(), rate.rate());
      } else if (rate.base().equals(reportingCurrency)) {
        toBase
            .computeIfAbsent(rate.quote(), c -> new TreeMap<>())
            .putIfAbsent(rate.date(), BigDecimal.ONE.divide(rate.rate(), MathContext.DECIMAL64));
      }
    }
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
    if (currency.equals(reportingCurrency)) {
      return amount.setScale(BASE_SCALE, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }
    NavigableMap<LocalDate, BigDecimal> byDate = toBase.get(currency);
    Map.Entry<LocalDate, BigDecimal> rate = byDate == null ? null : byDate.floorEntry(date);
    if (rate == null) {
      return NO_RATE;
    }
    return amount
        .multiply(rate.getValue())
        .setScale(BASE_SCALE, RoundingMode.HALF_EVEN)
        .unscaledValue()
        .longValueExact();
  }
}
