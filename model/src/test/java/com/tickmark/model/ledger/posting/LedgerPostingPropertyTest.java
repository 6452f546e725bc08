package com.tickmark.model.ledger.posting;

import static com.tickmark.model.ledger.posting.LedgerFixtures.ACME;
import static com.tickmark.model.ledger.posting.LedgerFixtures.BMW;
import static com.tickmark.model.ledger.posting.LedgerFixtures.EQUITIES;
import static com.tickmark.model.ledger.posting.LedgerFixtures.MACRO;
import static com.tickmark.model.ledger.posting.LedgerFixtures.MON;
import static com.tickmark.model.ledger.posting.LedgerFixtures.close;
import static com.tickmark.model.ledger.posting.LedgerFixtures.eurUsd;
import static com.tickmark.model.ledger.posting.LedgerFixtures.settled;
import static com.tickmark.model.ledger.posting.LedgerFixtures.trade;
import static com.tickmark.model.ledger.posting.LedgerFixtures.withPrice;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.PostingRole;
import com.tickmark.model.ledger.lot.LotKey;
import com.tickmark.model.ledger.lot.LotMethod;
import com.tickmark.model.ledger.lot.LotPosition;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ledger's invariants over random weeks of trading in two shares (one in euros) and two books:
 * random sides, sizes, prices, costs and closes (some days missing), random EUR/USD rates, both lot
 * methods, settlements, amendments and cancellations.
 */
class LedgerPostingPropertyTest {
  private static final Instrument[] INSTRUMENTS = {ACME, BMW};
  private static final BookId[] BOOKS = {EQUITIES, MACRO};
  private static final LocalDate FRI = MON.plusDays(4);

  /** One trade of the week, in small numbers. */
  record Spec(
      int instrument,
      int book,
      boolean buy,
      int quantity,
      int priceCents,
      int costCents,
      int day,
      int minute) {}

  /** A week: its trades, each day's closes (null where none), the rates and the lot method. */
  record Week(List<Spec> specs, List<Integer> closes, List<Integer> rates, boolean average) {
    List<Trade> trades() {
      List<Trade> trades = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        Spec s = specs.get(i);
        trades.add(
            trade(
                i + 1,
                BOOKS[s.book()],
                INSTRUMENTS[s.instrument()],
                s.buy() ? Side.BUY : Side.SELL,
                Integer.toString(s.quantity()),
                BigDecimal.valueOf(s.priceCents(), 2).toPlainString(),
                BigDecimal.valueOf(s.costCents(), 2).toPlainString(),
                "0.01",
                MON.plusDays(s.day()),
                s.minute()));
      }
      return trades;
    }

    LedgerFixtures.Inputs inputs(List<Trade> trades) {
      LedgerFixtures.Inputs inputs = new LedgerFixtures.Inputs();
      inputs.trades.addAll(trades);
      for (int i = 0; i < closes.size(); i++) {
        Integer cents = closes.get(i);
        if (cents != null || i % 5 == 0) {
          inputs.closes.add(
              close(
                  INSTRUMENTS[i / 5],
                  MON.plusDays(i % 5),
                  BigDecimal.valueOf(cents == null ? 1000 : cents, 2).toPlainString()));
        }
      }
      for (int i = 0; i < rates.size(); i++) {
        inputs.rates.add(
            eurUsd(MON.plusDays(i), BigDecimal.valueOf(rates.get(i), 2).toPlainString()));
      }
      for (Trade t : trades) {
        if (t.quantity().intValue() % 3 == 0 && !t.settlementDate().isAfter(FRI)) {
          inputs.settled.add(
              settled(
                  t,
                  t.settlementDate(),
                  t.quantity().toPlainString(),
                  t.netCashOut().abs().toPlainString()));
        }
      }
      inputs.method = average ? LotMethod.AVERAGE_COST : LotMethod.FIFO;
      return inputs;
    }
  }

  @Provide
  Arbitrary<Week> weeks() {
    Arbitrary<Spec> spec =
        Combinators.combine(
                Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 1),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 300),
                Arbitraries.integers().between(100, 20_000),
                Arbitraries.integers().between(0, 2_000),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 5))
            .as(Spec::new);
    return Combinators.combine(
            spec.list().ofMaxSize(25),
            Arbitraries.integers().between(100, 20_000).injectNull(0.3).list().ofSize(10),
            Arbitraries.integers().between(95, 130).list().ofSize(5),
            Arbitraries.of(true, false))
        .as(Week::new);
  }

  private static PostingRun post(
      InMemoryJournal journal, LocalDate through, LedgerFixtures.Inputs in) {
    return journal.store(LedgerPosting.post(through, in.build(), journal));
  }

  private static Map<CurrencyCode, BigDecimal> sumsByCurrency(List<JournalLine> lines) {
    Map<CurrencyCode, BigDecimal> sums = new TreeMap<>();
    lines.forEach(l -> sums.merge(l.currency(), l.amount(), BigDecimal::add));
    return sums;
  }

  private static BigDecimal reportingSum(List<JournalLine> lines) {
    return lines.stream()
        .map(JournalLine::reportingAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Property(tries = 200)
  void everyEntryBalancesAndTheTrialBalanceSumsToZero(@ForAll("weeks") Week week) {
    InMemoryJournal journal = new InMemoryJournal();
    for (int day = 0; day < 5; day++) {
      post(journal, MON.plusDays(day), week.inputs(week.trades()));
    }

    for (var entry : journal.entries()) {
      assertThat(sumsByCurrency(entry.content().lines()).values()).allMatch(s -> s.signum() == 0);
      assertThat(reportingSum(entry.content().lines())).isZero();
    }
    assertThat(sumsByCurrency(journal.lines()).values()).allMatch(s -> s.signum() == 0);
    assertThat(reportingSum(journal.lines())).isZero();
  }

  @Property(tries = 200)
  void lotQuantitiesAreConserved(@ForAll("weeks") Week week) {
    List<Trade> trades = week.trades();
    PostingRun run = LedgerPosting.post(FRI, week.inputs(trades).build(), new InMemoryJournal());

    Map<LotKey, BigDecimal> traded = new HashMap<>();
    trades.forEach(
        t ->
            traded.merge(
                new LotKey(t.bookId(), t.instrumentId()),
                t.quantity().multiply(BigDecimal.valueOf(t.side().sign())),
                BigDecimal::add));
    assertThat(run.lots()).hasSize(traded.size());
    for (LotPosition p : run.lots()) {
      assertThat(p.quantity()).isEqualByComparingTo(traded.get(p.key()));
      BigDecimal inLots =
          p.lots().stream().map(l -> l.quantity()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(inLots).isEqualByComparingTo(p.quantity());
      assertThat(p.lots()).allMatch(l -> l.quantity().signum() == p.quantity().signum());
    }
  }

  @Property(tries = 200)
  void realizedPlusUnrealizedIsTheChangeInValuePlusCashFlows(@ForAll("weeks") Week week) {
    List<Trade> trades = week.trades();
    InMemoryJournal journal = new InMemoryJournal();
    LedgerFixtures.Inputs inputs = week.inputs(trades);
    PostingRun run = post(journal, FRI, inputs);

    Map<LotKey, BigDecimal> cashFlows = new HashMap<>();
    trades.forEach(
        t ->
            cashFlows.merge(
                new LotKey(t.bookId(), t.instrumentId()),
                t.side() == Side.BUY ? t.grossAmount().negate() : t.grossAmount(),
                BigDecimal::add));
    Map<InstrumentId, BigDecimal> lastClose = new HashMap<>();
    inputs.closes.stream()
        .sorted((a, b) -> a.date().compareTo(b.date()))
        .forEach(p -> lastClose.put(p.instrumentId(), p.close()));
    Map<LotKey, BigDecimal> realizedPosted =
        journal.balancesByInstrument(PostingRole.REALIZED.defaultCode());
    Map<LotKey, BigDecimal> securities =
        journal.balancesByInstrument(PostingRole.SECURITIES.defaultCode());
    for (LotPosition p : run.lots()) {
      BigDecimal close = lastClose.get(p.key().instrument());
      // Starting from nothing: the value now plus what the trades brought in (sales) less what
      // they paid (purchases) is the P&L, realized and not.
      assertThat(p.realized().add(p.unrealized(close)))
          .isEqualByComparingTo(p.marketValue(close).add(cashFlows.get(p.key())));
      // Realized P&L is the lot-relief postings to the cent; securities stand at the lots' cost.
      assertThat(realizedPosted.getOrDefault(p.key(), BigDecimal.ZERO).negate())
          .isEqualByComparingTo(p.realized());
      assertThat(securities.getOrDefault(p.key(), BigDecimal.ZERO)).isEqualByComparingTo(p.cost());
    }
  }

  @Property(tries = 200)
  void postingAgainBooksNothingNew(@ForAll("weeks") Week week) {
    InMemoryJournal journal = new InMemoryJournal();
    LedgerFixtures.Inputs inputs = week.inputs(week.trades());
    post(journal, MON.plusDays(2), inputs);
    post(journal, FRI, inputs);

    assertThat(LedgerPosting.post(FRI, inputs.build(), journal).entries()).isEmpty();
  }

  @Property(tries = 200)
  void amendmentsAndCancellationsLeaveTheBooksAsIfTheTradesHadAlwaysBeenSo(
      @ForAll("weeks") Week week, @ForAll long seed) {
    Random random = new Random(seed);
    List<Trade> first = week.trades();
    InMemoryJournal journal = new InMemoryJournal();
    post(journal, MON.plusDays(2), week.inputs(first));

    List<Trade> changed = new ArrayList<>();
    for (Trade t : first) {
      switch (random.nextInt(4)) {
        case 0 -> changed.add(t.nextVersionWithStatus(TradeStatus.CANCELLED));
        case 1 ->
            changed.add(
                withPrice(t, BigDecimal.valueOf(100 + random.nextInt(20_000), 2).toPlainString()));
        case 2 -> changed.add(t.nextVersionWithStatus(TradeStatus.CONFIRMED));
        default -> changed.add(t);
      }
    }
    List<Trade> live = changed.stream().filter(t -> t.status() != TradeStatus.CANCELLED).toList();
    PostingRun run = post(journal, FRI, week.inputs(changed));

    // The same books as a journal that only ever saw the trades as they are now.
    PostingRun fresh = LedgerPosting.post(FRI, week.inputs(live).build(), new InMemoryJournal());
    assertThat(run.lots()).isEqualTo(fresh.lots());
    Map<LotKey, BigDecimal> realized =
        journal.balancesByInstrument(PostingRole.REALIZED.defaultCode());
    Map<LotKey, BigDecimal> securities =
        journal.balancesByInstrument(PostingRole.SECURITIES.defaultCode());
    for (LotPosition p : run.lots()) {
      assertThat(realized.getOrDefault(p.key(), BigDecimal.ZERO).negate())
          .isEqualByComparingTo(p.realized());
      assertThat(securities.getOrDefault(p.key(), BigDecimal.ZERO)).isEqualByComparingTo(p.cost());
    }
    assertThat(LedgerPosting.post(FRI, week.inputs(changed).build(), journal).entries()).isEmpty();
  }

  @Property(tries = 200)
  void theEntriesDoNotDependOnTheOrderOfTheInputs(@ForAll("weeks") Week week, @ForAll long seed) {
    LedgerFixtures.Inputs inputs = week.inputs(week.trades());
    LedgerFixtures.Inputs shuffled = week.inputs(week.trades());
    Random random = new Random(seed);
    Collections.shuffle(shuffled.trades, random);
    Collections.shuffle(shuffled.closes, random);
    Collections.shuffle(shuffled.settled, random);
    Collections.shuffle(shuffled.rates, random);

    List<EntryDraft> entries =
        LedgerPosting.post(FRI, inputs.build(), new InMemoryJournal()).entries();
    List<EntryDraft> again =
        LedgerPosting.post(FRI, shuffled.build(), new InMemoryJournal()).entries();

    assertThat(again).isEqualTo(entries);
  }
}
