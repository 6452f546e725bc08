package com.tickmark.model.settlement.penalty;

import com.tickmark.model.marketdata.MarketDataStore;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceData;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.SsiResolver;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.settlement.Obligation;
import com.tickmark.model.settlement.Obligations;
import com.tickmark.model.settlement.status.SettledPart;
import com.tickmark.model.settlement.status.SettlementFail;
import com.tickmark.model.settlement.status.SettlementFails;
import com.tickmark.model.settlement.status.SettlementStatusStore;
import com.tickmark.model.time.BusinessDateProvider;
import com.tickmark.model.trade.ReferencePrices;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The CSDR cash penalties of the settlement fails (see {@link PenaltyCalculator}): the fails and
 * their settled parts from the status files, the place of settlement from the trade's SSI, the
 * reference prices from market data.
 */
public final class PenaltyService {
  private final SettlementFails fails;
  private final SettlementStatusStore store;
  private final ReferenceDataStore referenceData;
  private final MarketDataStore marketData;
  private final CashRates cashRates;
  private final BusinessDateProvider businessDate;

  public PenaltyService(
      SettlementFails fails,
      SettlementStatusStore store,
      ReferenceDataStore referenceData,
      MarketDataStore marketData,
      CashRates cashRates,
      BusinessDateProvider businessDate) {
    this.businessDate = businessDate;
    this.fails = fails;
    this.store = store;
    this.referenceData = referenceData;
    this.marketData = marketData;
    this.cashRates = cashRates;
  }

  /**
   * The penalties of the days from {@code from} to {@code to} inclusive, as known at the close of
   * {@code to}: by date, then trade. Days after the business date are not charged yet (no close is
   * known for them).
   */
  public PenaltyRun between(Actor actor, LocalDate from, LocalDate through) {
    return run(actor, from, through, trade -> true);
  }

  /** {@link #between} for one trade: only its fail is priced (its trade detail shows them). */
  public PenaltyRun of(Actor actor, TradeId trade, LocalDate from, LocalDate through) {
    return run(actor, from, through, trade::equals);
  }

  private PenaltyRun run(Actor actor, LocalDate from, LocalDate through, Predicate<TradeId> which) {
    actor.require(Permission.VIEW_DATA);
    LocalDate today = businessDate.businessDate();
    LocalDate to = through.isAfter(today) ? today : through;
    if (to.isBefore(from)) {
      return new PenaltyRun(List.of(), List.of());
    }
    List<SettlementFail> failing =
        fails.asOf(actor, to, true).stream()
            .filter(f -> which.test(f.trade().id()))
            .filter(f -> f.resolvedOn() == null || f.resolvedOn().isAfter(from))
            .toList();
    if (failing.isEmpty()) {
      return new PenaltyRun(List.of(), List.of());
    }
    Map<TradeId, List<SettledPart>> parts =
        store.parts(failing.stream().map(f -> f.trade().id()).toList()).stream()
            .collect(Collectors.groupingBy(SettledPart::trade));
    Map<InstrumentId, Instrument> instruments =
        referenceData.instruments().stream()
            .collect(Collectors.toMap(Instrument::id, Function.identity()));
    Map<CurrencyCode, Integer> units =
        referenceData.currencies().stream()
            .collect(Collectors.toMap(Currency::code, Currency::minorUnits));
    Obligations obligations =
        new Obligations(instruments, SsiResolver.of(ReferenceData.of(referenceData)));
    List<String> problems = new ArrayList<>();
    PenaltyCalculator calculator =
        new PenaltyCalculator(
            instruments,
            referenceData.calendars(),
            prices(from, to),
            new TurnoverClassifier(marketData),
            cashRates,
            c -> units.getOrDefault(c, 2),
            trade -> settlesInEuCsd(obligations, trade, problems));
    List<Penalty> penalties = new ArrayList<>();
    for (SettlementFail f : failing) {
      penalties.addAll(
          calculator.penalties(
              f, parts.getOrDefault(f.trade().id(), List.of()), from, to, problems));
    }
    penalties.sort(Comparator.comparing(Penalty::date).thenComparing(p -> p.trade().value()));
    return new PenaltyRun(penalties, problems);
  }

  /**
   * Whether {@code trade} settles in a CSD of the European Union: the place of settlement of the
   * SSI its obligation uses. A trade without an applicable SSI is not guessed: it is added to
   * {@code problems} and draws no penalty.
   */
  public static boolean settlesInEuCsd(
      Obligations obligations, Trade trade, List<String> problems) {
    Optional<Obligation> o = obligations.of(trade);
    if (o.isEmpty()) {
      return false;
    }
    if (o.get().missingSsi()) {
      problems.add(
          trade.id().display() + ": no SSI applies, so its place of settlement is not known");
      return false;
    }
    return o.get().placeOfSettlement() != null && Ssi.isEuCsd(o.get().placeOfSettlement());
  }

  /** Closes read once per instrument for the period (and a month before it, for holidays). */
  private ReferencePrices prices(LocalDate from, LocalDate to) {
    Map<InstrumentId, NavigableMap<LocalDate, BigDecimal>> loaded = new HashMap<>();
    return (instrument, date) -> {
      NavigableMap<LocalDate, BigDecimal> closes =
          loaded.computeIfAbsent(
              instrument,
              id -> {
                NavigableMap<LocalDate, BigDecimal> m = new TreeMap<>();
                for (Price p : marketData.priceHistory(id, from.minusDays(31), to)) {
                  m.put(p.date(), p.close());
                }
                return m;
              });
      Map.Entry<LocalDate, BigDecimal> e = closes.floorEntry(date);
      return Optional.ofNullable(e == null ? null : e.getValue());
    };
  }
}
