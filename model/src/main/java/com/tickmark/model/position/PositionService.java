package com.tickmark.model.position;

import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one answer to "what do we hold, where, and how much cash do we have" as of a business date:
 * the opening book plus the daily movements that trades and settlements post ({@link
 * PositionStore}). Securities are held per book, instrument and custody account; an FX spot trade
 * moves cash only (its base amount in the account it names, its quote amount in the trade
 * currency's cash account). A trade's cash moves in the firm's single cash account in the trade's
 * currency.
 */
public final class PositionService {
  private final PositionStore store;
  private final ReferenceDataStore referenceData;

  public PositionService(PositionStore store, ReferenceDataStore referenceData) {
    this.store = store;
    this.referenceData = referenceData;
  }

  /**
   * Positions and cash as of the close of {@code date}, optionally for one book only (cash is the
   * firm's: a book filter leaves it out).
   *
   * @throws IllegalArgumentException when {@code date} is before the opening book
   */
  public Positions asOf(Actor actor, LocalDate date, Optional<BookId> book) {
    actor.require(Permission.VIEW_DATA);
    Objects.requireNonNull(date, "date");
    Optional<LocalDate> opening = store.openingDate();
    if (opening.isPresent() && date.isBefore(opening.get())) {
      throw new IllegalArgumentException(
          "Positions start from the opening book of "
              + opening.get()
              + "; "
              + date
              + " is before it.");
    }
    Map<InstrumentId, Instrument> instruments =
        referenceData.instruments().stream()
            .collect(Collectors.toMap(Instrument::id, Function.identity()));
    Map<CurrencyCode, AccountId> cashAccounts = cashAccountPerCurrency();
    Map<AccountId, CurrencyCode> cashCurrency = new HashMap<>();
    referenceData.accounts().stream()
        .filter(a -> a.type() == AccountType.CASH)
        .forEach(a -> cashCurrency.put(a.id(), a.currency()));

    Map<Holding, Quantities> holdings = new LinkedHashMap<>();
    Map<CashKey, Balances> cash = new LinkedHashMap<>();
    for (OpeningCash c : store.openingCash()) {
      cash.computeIfAbsent(
              new CashKey(c.cashAccount(), cashCurrency.get(c.cashAccount())), k -> new Balances())
          .add(c.balance(), c.balance());
    }
    for (OpeningPosition p : store.openingPositions()) {
      holdings
          .computeIfAbsent(
              new Holding(p.book(), p.instrument(), p.custodyAccount()), k -> new Quantities())
          .open(p.quantity());
    }
    for (PositionDay d : store.totalsThrough(date)) {
      PositionKey k = d.key();
      Instrument instrument = instruments.get(k.instrument());
      if (instrument != null && instrument.isFx()) {
        CurrencyCode base = instrument.baseCurrency();
        AccountId account = k.account() != null ? k.account() : cashAccounts.get(base);
        cash.computeIfAbsent(new CashKey(account, base), x -> new Balances())
            .add(d.bought().subtract(d.sold()), d.received().subtract(d.delivered()));
      } else {
        holdings
            .computeIfAbsent(
                new Holding(k.book(), k.instrument(), k.account()), x -> new Quantities())
            .move(d);
      }
      cash.computeIfAbsent(
              new CashKey(cashAccounts.get(k.currency()), k.currency()), x -> new Balances())
          .add(d.tradedCash(), d.settledCash());
    }

    List<Position> securities = new ArrayList<>();
    holdings.forEach(
        (h, q) -> {
          if (book.isEmpty() || book.get().equals(h.book())) {
            Position p = q.position(h);
            if (p.tradeDateQuantity().signum() != 0
                || p.settledQuantity().signum() != 0
                || p.pendingReceipts().signum() != 0
                || p.pendingDeliveries().signum() != 0) {
              securities.add(p);
            }
          }
        });
    securities.sort(
        Comparator.comparing((Position p) -> p.book().value())
            .thenComparing(p -> p.instrument().value())
            .thenComparing(p -> p.account() == null ? 0 : p.account().value()));
    List<CashBalance> balances = new ArrayList<>();
    if (book.isEmpty()) {
      cash.forEach(
          (k, b) ->
              balances.add(new CashBalance(k.account(), k.currency(), b.projected, b.settled)));
      balances.sort(
          Comparator.comparing((CashBalance b) -> b.account() == null)
              .thenComparing(b -> b.account() == null ? 0 : b.account().value())
              .thenComparing(b -> b.currency().code()));
    }
    return new Positions(date, securities, balances);
  }

  /** The date of the opening book, if the workspace has one. */
  public Optional<LocalDate> openingDate() {
    return store.openingDate();
  }

  /**
   * Each currency's cash account where the firm has exactly one active one; a currency with none or
   * several has no entry (until settlement instructions say which).
   */
  public Map<CurrencyCode, AccountId> cashAccountPerCurrency() {
    Map<CurrencyCode, List<Account>> byCurrency =
        referenceData.accounts().stream()
            .filter(a -> a.type() == AccountType.CASH && !a.retired())
            .collect(Collectors.groupingBy(Account::currency));
    Map<CurrencyCode, AccountId> single = new HashMap<>();
    byCurrency.forEach(
        (currency, accounts) -> {
          if (accounts.size() == 1) {
            single.put(currency, accounts.get(0).id());
          }
        });
    return single;
  }

  private record Holding(BookId book, InstrumentId instrument, AccountId account) {}

  private record CashKey(AccountId account, CurrencyCode currency) {}

  private static final class Quantities {
    BigDecimal opening = BigDecimal.ZERO;
    BigDecimal bought = BigDecimal.ZERO;
    BigDecimal sold = BigDecimal.ZERO;
    BigDecimal received = BigDecimal.ZERO;
    BigDecimal delivered = BigDecimal.ZERO;

    void open(BigDecimal quantity) {
      opening = opening.add(quantity);
    }

    void move(PositionDay d) {
      bought = bought.add(d.bought());
      sold = sold.add(d.sold());
      received = received.add(d.received());
      delivered = delivered.add(d.delivered());
    }

    Position position(Holding h) {
      return new Position(
          h.book(),
          h.instrument(),
          h.account(),
          opening.add(bought).subtract(sold),
          opening.add(received).subtract(delivered),
          bought.subtract(received),
          sold.subtract(delivered));
    }
  }

  private static final class Balances {
    BigDecimal projected = BigDecimal.ZERO;
    BigDecimal settled = BigDecimal.ZERO;

    void add(BigDecimal projectedChange, BigDecimal settledChange) {
      projected = projected.add(projectedChange);
      settled = settled.add(settledChange);
    }
  }
}
