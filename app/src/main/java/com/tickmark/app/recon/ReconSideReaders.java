package com.tickmark.app.recon;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.position.Position;
import com.tickmark.model.position.PositionService;
import com.tickmark.model.recon.alias.ReconAlias;
import com.tickmark.model.recon.alias.ReconAliasStore;
import com.tickmark.model.recon.alias.ReconAliases;
import com.tickmark.model.recon.input.ReconInputStore;
import com.tickmark.model.recon.match.AliasTable;
import com.tickmark.model.recon.run.BuiltInRecons;
import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconRecords;
import com.tickmark.model.recon.run.ReconRecords.BankEntry;
import com.tickmark.model.recon.run.ReconRecords.CashMovement;
import com.tickmark.model.recon.run.ReconRecords.ExpectedSettlement;
import com.tickmark.model.recon.run.ReconRecords.OurHolding;
import com.tickmark.model.recon.run.ReconRunService;
import com.tickmark.model.recon.run.ReconSides;
import com.tickmark.model.recon.run.RecordInfo;
import com.tickmark.model.recon.statement.StatementStore;
import com.tickmark.model.recon.statement.StoredEntry;
import com.tickmark.model.recon.statement.StoredStatement;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.Obligation;
import com.tickmark.model.settlement.ObligationLine;
import com.tickmark.model.settlement.ObligationService;
import com.tickmark.model.settlement.SettlementType;
import com.tickmark.model.settlement.status.SettledPart;
import com.tickmark.model.settlement.status.SettlementStatusStore;
import com.tickmark.model.settlement.status.StatusLine;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.persistence.marketdata.MarketDataRepository;
import com.tickmark.persistence.refdata.ReferenceDataRepository;
import com.tickmark.persistence.trade.TradeRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads the built-in recons' sides from the workspace: the trades of a trade date and the brokers'
 * lines; the settled positions as of a date and the custodians' holdings of that date; the cash
 * settled and the banks' entries of the days from the day after the previous business day to the
 * date (a weekend's settlements belong to Monday's run; an entry the bank values after booking it
 * belongs to its booking date, {@code StatementStore.entriesOf}).
 */
final class ReconSideReaders implements ReconRunService.SidesReader {
  private final TradeRepository trades;
  private final ReconInputStore inputs;
  private final StatementStore statements;
  private final SettlementStatusStore settlements;
  private final PositionService positions;
  private final ObligationService obligations;
  private final ReferenceDataRepository referenceData;
  private final MarketDataRepository marketData;
  private final SettingsRepository settings;
  private final ReconAliasStore aliases;

  ReconSideReaders(
      TradeRepository trades,
      ReconInputStore inputs,
      StatementStore statements,
      SettlementStatusStore settlements,
      PositionService positions,
      ObligationService obligations,
      ReferenceDataRepository referenceData,
      MarketDataRepository marketData,
      SettingsRepository settings,
      ReconAliasStore aliases) {
    this.trades = trades;
    this.inputs = inputs;
    this.statements = statements;
    this.settlements = settlements;
    this.positions = positions;
    this.obligations = obligations;
    this.referenceData = referenceData;
    this.marketData = marketData;
    this.settings = settings;
    this.aliases = aliases;
  }

  /**
   * The built-in recons, with the instruments' symbols as aliases of their ISINs, and each
   * counterparty's name, BIC, LEI and the firm's stored aliases as aliases of its code.
   */
  List<Recon> recons() {
    Map<String, String> isinBySymbol = new HashMap<>();
    for (Instrument i : referenceData.instruments()) {
      if (i.isin() != null) {
        isinBySymbol.put(i.symbol(), i.isin().value());
      }
    }
    Map<String, String> codeByName = new HashMap<>();
    for (Counterparty c : referenceData.counterparties()) {
      codeByName.put(c.code(), c.code());
      codeByName.put(c.name(), c.code());
      codeByName.put(c.bic().value(), c.code());
      codeByName.put(c.lei().value(), c.code());
    }
    for (ReconAlias a : aliases.aliases()) {
      if (a.table().equals(ReconAliases.COUNTERPARTY_NAMES)) {
        codeByName.put(a.alias(), a.canonical());
      }
    }
    return BuiltInRecons.all(
        new AliasTable("instrument symbols", isinBySymbol),
        new AliasTable(ReconAliases.COUNTERPARTY_NAMES, codeByName));
  }

  /**
   * The firm's business days: a day one of its markets (the workspace's firm calendars) is open;
   * weekdays when the workspace names none.
   */
  Predicate<LocalDate> businessDay() {
    Map<String, HolidayCalendar> all = referenceData.calendars();
    List<HolidayCalendar> firm =
        settings
            .get(SettingsRepository.FIRM_CALENDARS)
            .map(
                codes ->
                    Arrays.stream(codes.split(","))
                        .map(String::trim)
                        .map(all::get)
                        .filter(c -> c != null)
                        .toList())
            .orElse(List.of());
    if (firm.isEmpty()) {
      return d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
    return d -> firm.stream().anyMatch(c -> c.isBusinessDay(d));
  }

  @Override
  public ReconSides read(Actor actor, Recon recon, LocalDate date) {
    return switch (recon.name()) {
      case BuiltInRecons.TRADES_CONFIRMATIONS -> trades(date);
      case BuiltInRecons.POSITIONS_CUSTODY -> positions(actor, date);
      case BuiltInRecons.CASH_BANK -> cash(date);
      case BuiltInRecons.SETTLEMENTS -> settlements(actor, date);
      default -> throw new IllegalArgumentException("Tickmark cannot read recon " + recon.name());
    };
  }

  private ReconSides trades(LocalDate date) {
    Map<InstrumentId, Instrument> instruments = instruments();
    Map<CounterpartyId, String> codes = counterpartyCodes();
    List<Trade> live =
        trades.tradesOn(date).stream().filter(t -> t.status() != TradeStatus.CANCELLED).toList();
    return ReconRecords.tradesAndConfirmations(
        live,
        inputs.confirmations(date),
        t -> instruments.get(t.instrumentId()),
        t -> codes.getOrDefault(t.counterpartyId(), ""));
  }

  private ReconSides positions(Actor actor, LocalDate date) {
    Map<InstrumentId, Instrument> instruments = instruments();
    Map<AccountId, Account> accounts = accounts();
    Map<String, OurHolding> held = new TreeMap<>();
    for (Position p : positions.asOf(actor, date, Optional.empty()).securities()) {
      Instrument i = instruments.get(p.instrument());
      Account account = p.account() == null ? null : accounts.get(p.account());
      if (i == null || i.isin() == null || account == null) {
        continue;
      }
      String key = account.number() + "/" + i.isin().value();
      OurHolding before = held.get(key);
      BigDecimal quantity =
          p.settledQuantity().add(before == null ? BigDecimal.ZERO : before.quantity());
      BigDecimal price =
          before != null
              ? before.price()
              : marketData.latestPrice(i.id(), date).map(Price::close).orElse(BigDecimal.ZERO);
      held.put(
          key,
          new OurHolding(account.number(), i.isin().value(), quantity, price, i.currency().code()));
    }
    List<OurHolding> nonZero =
        held.values().stream().filter(h -> h.quantity().signum() != 0).toList();
    Set<String> known =
        instruments.values().stream()
            .filter(i -> i.isin() != null)
            .map(i -> i.isin().value())
            .collect(Collectors.toSet());
    return ReconRecords.positionsAndHoldings(nonZero, inputs.holdings(date), known);
  }

  /**
   * The first day of the run for {@code date}: the day after the previous business day (a weekend
   * belongs to Monday's run).
   */
  private LocalDate windowStart(LocalDate date) {
    LocalDate from = date;
    Predicate<LocalDate> businessDay = businessDay();
    while (!businessDay.test(from.minusDays(1)) && from.isAfter(date.minusDays(10))) {
      from = from.minusDays(1);
    }
    return from;
  }

  /**
   * The securities obligations due in the run's window against the custodians' status lines of the
   * date about instructions due in it (FX settles through CLS and is in no custodian's file).
   */
  private ReconSides settlements(Actor actor, LocalDate date) {
    LocalDate from = windowStart(date);
    Map<AccountId, Account> accounts = accounts();
    List<ExpectedSettlement> expected = new ArrayList<>();
    for (ObligationLine line : obligations.asOf(actor, date, true)) {
      Obligation o = line.obligation();
      Account custody = o.deliveryAccount() == null ? null : accounts.get(o.deliveryAccount());
      if (o.type() == SettlementType.PVP
          || o.intendedDate().isBefore(from)
          || o.intendedDate().isAfter(date)
          || custody == null) {
        continue;
      }
      expected.add(
          new ExpectedSettlement(
              o.trade().value(),
              o.trade().display(),
              o.reference(),
              custody.number(),
              o.quantity(),
              o.cash().amount().abs(),
              o.cash().currency().code()));
    }
    List<StatusLine> lines =
        settlements.linesOn(date).stream()
            .filter(l -> !l.intendedDate().isBefore(from) && !l.intendedDate().isAfter(date))
            .toList();
    return ReconRecords.settlementsAndStatus(expected, lines);
  }

  private ReconSides cash(LocalDate date) {
    LocalDate from = windowStart(date);
    Map<InstrumentId, Instrument> instruments = instruments();
    Map<AccountId, Account> accounts = accounts();
    Map<CounterpartyId, String> codes = counterpartyCodes();
    Map<CurrencyCode, AccountId> cashAccounts = positions.cashAccountPerCurrency();
    Function<CurrencyCode, Account> accountOf =
        c -> cashAccounts.containsKey(c) ? accounts.get(cashAccounts.get(c)) : null;
    List<CashMovement> movements = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<SettledPart> parts = settlements.partsSettled(from, date);
    Map<TradeId, Trade> settled = trades.findAll(parts.stream().map(SettledPart::trade).toList());
    for (SettledPart p : parts) {
      Trade t = settled.get(p.trade());
      Instrument i = instruments.get(t.instrumentId());
      boolean buy = t.side() == Side.BUY;
      BigDecimal cash = buy ? p.amount().negate() : p.amount();
      String counterparty = codes.getOrDefault(t.counterpartyId(), "");
      if (i.isFx()) {
        BigDecimal base = buy ? p.quantity() : p.quantity().negate();
        add(
            movements,
            seen,
            accountOf.apply(i.baseCurrency()),
            t,
            counterparty,
            base,
            p.settledOn());
      }
      add(movements, seen, accountOf.apply(t.currency()), t, counterparty, cash, p.settledOn());
    }
    Map<Long, StoredStatement> byId = new HashMap<>();
    List<ReconSides.Discontinuity> discontinuities = new ArrayList<>();
    for (StoredStatement s : statements.statements(Optional.empty())) {
      byId.put(s.id(), s);
      if (!s.closingDate().isBefore(from)
          && !s.closingDate().isAfter(date)
          && s.discontinuity() != null) {
        String file = "bank/" + s.fileName();
        discontinuities.add(
            new ReconSides.Discontinuity(
                new RecordInfo(
                    file + ":" + s.line(),
                    s.accountCode() + "/" + s.number(),
                    file,
                    s.line(),
                    BigDecimal.ZERO,
                    BigDecimal.ONE,
                    s.currency(),
                    true),
                s.discontinuity()));
      }
    }
    List<BankEntry> entries = new ArrayList<>();
    for (StoredEntry e : statements.entriesOf(from, date)) {
      StoredStatement s = byId.get(e.statementId());
      String endToEnd = e.entry().endToEndId();
      boolean ours = endToEnd != null && !endToEnd.isBlank();
      String bankReference = e.entry().bankReference();
      entries.add(
          new BankEntry(
              e.id(),
              s.accountCode(),
              s.currency(),
              ours ? endToEnd : bankReference == null ? "" : bankReference,
              ours,
              e.entry().amount(),
              e.entry().valueDate(),
              e.entry().counterpartyName(),
              e.fileName(),
              e.entry().line()));
    }
    return ReconRecords.cashAndBank(movements, entries).with(discontinuities);
  }

  /** One leg of a settlement on {@code account}, named {@code ACCOUNT/EXECID} (then #2, #3…). */
  private static void add(
      List<CashMovement> movements,
      Map<String, Integer> seen,
      Account account,
      Trade t,
      String counterparty,
      BigDecimal amount,
      LocalDate valueDate) {
    if (account == null) {
      return; // no single cash account for the currency: nothing a bank statement can show
    }
    String label = account.code() + "/" + t.execId();
    int n = seen.merge(label, 1, Integer::sum);
    movements.add(
        new CashMovement(
            movements.size() + 1L,
            n == 1 ? label : label + "#" + n,
            account.code(),
            t.execId(),
            amount,
            account.currency().code(),
            valueDate,
            counterparty));
  }

  private Map<InstrumentId, Instrument> instruments() {
    return referenceData.instruments().stream()
        .collect(Collectors.toMap(Instrument::id, Function.identity()));
  }

  private Map<CounterpartyId, String> counterpartyCodes() {
    return referenceData.counterparties().stream()
        .collect(Collectors.toMap(Counterparty::id, Counterparty::code));
  }

  private Map<AccountId, Account> accounts() {
    return referenceData.accounts().stream()
        .collect(Collectors.toMap(Account::id, Function.identity()));
  }
}
