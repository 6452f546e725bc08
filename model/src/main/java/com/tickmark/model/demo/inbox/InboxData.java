package com.tickmark.model.demo.inbox;

import com.tickmark.model.demo.DemoFirm;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.demo.SettlementOutcome;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.position.OpeningCash;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The demo firm indexed the way the inbox writers read it: look-ups by id, the trades that are
 * alive (latest version, not cancelled) in execution order, and when each one actually settled.
 * Nothing changes after construction, so the writers may read it from several threads.
 */
public final class InboxData {
  private static final Comparator<Counterparty> BY_CODE =
      Comparator.comparing(Counterparty::code).thenComparing(c -> c.id().value());
  private static final Comparator<Account> ACCOUNT_ORDER =
      Comparator.comparing(Account::code).thenComparing(a -> a.id().value());

  private final DemoFirm firm;
  private final List<LocalDate> days;
  private final Map<AccountId, Account> accounts = new HashMap<>();
  private final Map<InstrumentId, Instrument> instruments = new HashMap<>();
  private final Map<CounterpartyId, Counterparty> counterparties = new HashMap<>();
  private final List<Trade> trades;
  private final Map<TradeId, SettlementOutcome> outcomes = new HashMap<>();
  private final Map<InstrumentId, NavigableMap<LocalDate, BigDecimal>> closes = new HashMap<>();
  private final Map<AccountId, OpeningCash> openingCash = new HashMap<>();
  private final Set<String> knownIsins = new TreeSet<>();
  private final Map<CurrencyCode, Account> cashAccounts = new HashMap<>();
  private final Map<TradeId, Settlement> settlements = new HashMap<>();

  private InboxData(DemoFirm firm) {
    this.firm = firm;
    TreeSet<LocalDate> sortedDays = new TreeSet<>(firm.tradingDays());
    if (sortedDays.isEmpty()) {
      throw new IllegalArgumentException(
          "The demo firm has no trading days, so there is no inbox to write");
    }
    this.days = List.copyOf(sortedDays);
    for (Account a : firm.referenceData().accounts()) {
      accounts.put(a.id(), a);
    }
    for (Instrument i : firm.referenceData().instruments()) {
      instruments.put(i.id(), i);
      if (i.isin() != null) {
        knownIsins.add(i.isin().value());
      }
    }
    for (Counterparty c : firm.referenceData().counterparties()) {
      counterparties.put(c.id(), c);
    }
    for (SettlementOutcome o : firm.settlementOutcomes()) {
      outcomes.put(o.tradeId(), o);
    }
    for (Price p : firm.prices()) {
      closes.computeIfAbsent(p.instrumentId(), k -> new TreeMap<>()).put(p.date(), p.close());
    }
    for (OpeningCash c : firm.openingCash()) {
      openingCash.merge(
          c.cashAccount(),
          c,
          (a, b) -> new OpeningCash(a.asOf(), a.cashAccount(), a.balance().add(b.balance())));
    }
    this.trades = liveTrades(firm.trades());
    Set<CurrencyCode> currencies = new TreeSet<>();
    for (Trade t : trades) {
      currencies.add(t.currency());
      Instrument i = instrument(t.instrumentId());
      if (i.isFx()) {
        currencies.add(i.baseCurrency());
      }
    }
    for (CurrencyCode c : currencies) {
      cashAccounts.put(c, findCashAccount(c));
    }
    LocalDate asOf = asOf();
    for (Trade t : trades) {
      SettlementOutcome o = outcomes.get(t.id());
      LocalDate intended = o == null ? t.settlementDate() : o.intendedDate();
      LocalDate settled = o == null ? t.settlementDate() : o.actualDate();
      if (settled != null && settled.isAfter(asOf)) {
        settled = null;
      }
      settlements.put(
          t.id(),
          new Settlement(
              intended,
              settled,
              o == null ? "" : o.failReason(),
              settled == null ? -1 : dayOnOrAfter(settled)));
    }
  }

  /**
   * How a trade's settlement went, as far as the business date knows.
   *
   * @param intended the intended settlement date
   * @param settled when it settled, or null if it has not settled by the business date (a trade due
   *     by then without an outcome is taken to have settled on time)
   * @param failReason the MT548 reason it failed with, or empty
   * @param day the index of the trading day its settlement shows up in (the first on or after the
   *     settlement date), or -1 if it has not settled
   */
  public record Settlement(LocalDate intended, LocalDate settled, String failReason, int day) {
    public boolean late() {
      return settled != null && settled.isAfter(intended);
    }
  }

  public static InboxData of(DemoFirm firm) {
    return new InboxData(Objects.requireNonNull(firm, "firm"));
  }

  /**
   * The latest version of every trade that is not cancelled, in execution order (ties by exec id,
   * then id).
   */
  private static List<Trade> liveTrades(List<Trade> all) {
    Map<TradeId, Trade> latest = new LinkedHashMap<>();
    for (Trade t : all) {
      latest.merge(t.id(), t, (a, b) -> b.version() > a.version() ? b : a);
    }
    List<Trade> live = new ArrayList<>(latest.size());
    for (Trade t : latest.values()) {
      if (t.status() != TradeStatus.CANCELLED) {
        live.add(t);
      }
    }
    live.sort(
        Comparator.comparing(Trade::executionTime)
            .thenComparing(Trade::execId)
            .thenComparingLong(t -> t.id().value()));
    return List.copyOf(live);
  }

  public DemoFirm firm() {
    return firm;
  }

  /** The trading days, oldest first; the last is the business date. */
  public List<LocalDate> days() {
    return days;
  }

  public LocalDate asOf() {
    return days.get(days.size() - 1);
  }

  public FaultRates rates() {
    return firm.config().faultRates();
  }

  Dice dice(String stream) {
    return new Dice(firm.config().seed(), stream);
  }

  public List<Trade> trades() {
    return trades;
  }

  public Account account(AccountId id) {
    return id == null ? null : accounts.get(id);
  }

  public Instrument instrument(InstrumentId id) {
    Instrument i = instruments.get(id);
    if (i == null) {
      throw new IllegalArgumentException(
          "The demo firm has a trade in instrument "
              + id
              + ", which its reference data does not define");
    }
    return i;
  }

  public Counterparty counterparty(CounterpartyId id) {
    Counterparty c = counterparties.get(id);
    if (c == null) {
      throw new IllegalArgumentException(
          "The demo firm refers to counterparty "
              + id
              + ", which its reference data does not define");
    }
    return c;
  }

  public boolean isKnownIsin(String isin) {
    return knownIsins.contains(isin);
  }

  /** Counterparties of a role, by code. */
  public List<Counterparty> counterparties(CounterpartyRole role) {
    List<Counterparty> out = new ArrayList<>();
    for (Counterparty c : firm.referenceData().counterparties()) {
      if (c.role() == role) {
        out.add(c);
      }
    }
    out.sort(BY_CODE);
    return out;
  }

  /**
   * Who confirms trades: the brokers, and any other counterparty a trade was done with; by code.
   */
  public List<Counterparty> confirmingCounterparties() {
    Set<CounterpartyId> ids = new HashSet<>();
    for (Trade t : trades) {
      ids.add(t.counterpartyId());
    }
    Set<Counterparty> out = new TreeSet<>(BY_CODE);
    out.addAll(counterparties(CounterpartyRole.BROKER));
    for (CounterpartyId id : ids) {
      out.add(counterparty(id));
    }
    return new ArrayList<>(out);
  }

  /** The counterparties that keep accounts of this type (custodians, banks), by code. */
  public List<Counterparty> providers(AccountType type) {
    Set<Counterparty> out = new TreeSet<>(BY_CODE);
    for (Account a : firm.referenceData().accounts()) {
      if (a.type() == type) {
        out.add(counterparty(a.provider()));
      }
    }
    return new ArrayList<>(out);
  }

  /** The accounts of this type a provider keeps, by code. */
  public List<Account> accountsAt(CounterpartyId provider, AccountType type) {
    List<Account> out = new ArrayList<>();
    for (Account a : firm.referenceData().accounts()) {
      if (a.type() == type && provider.equals(a.provider())) {
        out.add(a);
      }
    }
    out.sort(ACCOUNT_ORDER);
    return out;
  }

  /** All accounts of a type, by code. */
  public List<Account> accounts(AccountType type) {
    List<Account> out = new ArrayList<>();
    for (Account a : firm.referenceData().accounts()) {
      if (a.type() == type) {
        out.add(a);
      }
    }
    out.sort(ACCOUNT_ORDER);
    return out;
  }

  /** The one cash account in a currency. */
  public Account cashAccount(CurrencyCode currency) {
    Account cached = cashAccounts.get(currency);
    return cached != null ? cached : findCashAccount(currency);
  }

  private Account findCashAccount(CurrencyCode currency) {
    Account found = null;
    for (Account a : accounts(AccountType.CASH)) {
      if (currency.equals(a.currency())) {
        if (found != null) {
          throw new IllegalArgumentException(
              "The demo firm has two cash accounts in "
                  + currency
                  + " ("
                  + found.code()
                  + ", "
                  + a.code()
                  + "); the inbox writer needs exactly one per currency");
        }
        found = a;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException(
          "The demo firm trades in " + currency + " but has no cash account in it");
    }
    return found;
  }

  /**
   * The external number of an account (IBAN, safekeeping account), or its code when it has none.
   */
  public static String number(Account account) {
    return account.number().isBlank() ? account.code() : account.number();
  }

  /**
   * The custody account a trade's securities settle in, or null (FX, or a trade booked to a cash
   * account).
   */
  public Account custodyAccount(Trade trade) {
    if (instrument(trade.instrumentId()).isFx()) {
      return null;
    }
    Account a = account(trade.accountId());
    return a != null && a.type() == AccountType.CUSTODY ? a : null;
  }

  public Settlement settlement(Trade trade) {
    return settlements.get(trade.id());
  }

  /**
   * The index of the first trading day on or after {@code date}, or -1 when it is after the
   * business date.
   */
  public int dayOnOrAfter(LocalDate date) {
    int i = Collections.binarySearch(days, date);
    if (i >= 0) {
      return i;
    }
    int insertion = -i - 1;
    return insertion < days.size() ? insertion : -1;
  }

  /** The instrument's last close on or before {@code date}, or null. */
  public BigDecimal close(InstrumentId instrument, LocalDate date) {
    NavigableMap<LocalDate, BigDecimal> series = closes.get(instrument);
    if (series == null) {
      return null;
    }
    Map.Entry<LocalDate, BigDecimal> e = series.floorEntry(date);
    return e == null ? null : e.getValue();
  }

  /** The balance a cash account opens the first demo day with, and the date it is from. */
  public OpeningCash openingCash(Account cashAccount) {
    OpeningCash c = openingCash.get(cashAccount.id());
    if (c != null) {
      return c;
    }
    LocalDate d = days.get(0).minusDays(1);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.minusDays(1);
    }
    return new OpeningCash(d, cashAccount.id(), BigDecimal.ZERO);
  }
}
