package com.tickmark.model.trade.blotter;

import static java.math.BigDecimal.ZERO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.calendar.MarketCalendars;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.DemoFirm;
import com.tickmark.model.demo.DemoFirmGenerator;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.blotter.BlotterQuery.SortKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blotter engine against a demo firm's trades, each answer checked against a plain evaluation
 * of the same question over the trades as objects.
 */
class BlotterEngineTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 11, 20);
  private static DemoFirm firm;
  private static List<BlotterTrade> trades;
  private static TradeTable table;
  private static BlotterEngine engine;
  private static BlotterReference reference;

  @BeforeAll
  static void loadADemoFirm() {
    firm =
        new DemoFirmGenerator(MarketCalendars.standard(2024, 2026))
            .generate(new DemoConfig(7, AS_OF, 60, 5, 300, FaultRates.DEFAULTS));
    reference =
        new BlotterReference(
            new CurrencyCode("USD"),
            firm.referenceData().instruments(),
            firm.referenceData().books(),
            firm.referenceData().counterparties(),
            firm.referenceData().accounts(),
            firm.fxRates());
    trades = new ArrayList<>();
    for (Trade t : firm.trades()) {
      // every third affirmed trade late, the rest within the hour
      boolean affirmed = t.status() == TradeStatus.AFFIRMED || t.status() == TradeStatus.SETTLED;
      Instant at =
          !affirmed
              ? null
              : t.id().value() % 3 == 0
                  ? SameDayAffirmation.cutoff(t.tradeDate()).plusSeconds(60)
                  : t.executionTime().plus(Duration.ofMinutes(30));
      trades.add(new BlotterTrade(t, at));
    }
    table = new TradeTable(reference);
    table.putAll(trades);
    engine = new BlotterEngine(table);
  }

  private static List<Long> ids(BlotterResult r) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      ids.add(table.tradeId(r.row(i)));
    }
    return ids;
  }

  private static String symbol(Trade t) {
    return firm.referenceData().instruments().stream()
        .filter(i -> i.id().equals(t.instrumentId()))
        .findFirst()
        .orElseThrow()
        .symbol();
  }

  private static String book(Trade t) {
    return firm.referenceData().books().stream()
        .filter(b -> b.id().equals(t.bookId()))
        .findFirst()
        .orElseThrow()
        .code();
  }

  @Test
  void showsEveryTradeNewestFirstByDefault() {
    BlotterResult r = engine.evaluate(BlotterQuery.all());

    assertThat(r.size()).isEqualTo(firm.trades().size()).isGreaterThan(1000);
    assertThat(ids(r))
        .isEqualTo(
            firm.trades().stream()
                .map(t -> t.id().value())
                .sorted(Comparator.reverseOrder())
                .toList());
  }

  @Test
  void quickFilterNeedsEveryWordSomewhereInTheTextColumns() {
    Trade sample = firm.trades().get(firm.trades().size() / 2);
    String instrument = symbol(sample).toLowerCase(Locale.ROOT);
    String date = sample.tradeDate().toString();

    BlotterResult r =
        engine.evaluate(
            BlotterQuery.all().withQuickFilter(instrument.toUpperCase(Locale.ROOT) + "  " + date));

    Predicate<Trade> expected =
        t -> {
          String text =
              String.join(
                      " ",
                      symbol(t),
                      t.tradeDate().toString(),
                      t.settlementDate().toString(),
                      t.execId(),
                      t.orderId(),
                      t.brokerRef())
                  .toLowerCase(Locale.ROOT);
          return text.contains(instrument) && text.contains(date);
        };
    assertThat(ids(r))
        .isNotEmpty()
        .contains(sample.id().value())
        .containsExactlyInAnyOrderElementsOf(
            firm.trades().stream().filter(expected).map(t -> t.id().value()).toList());
  }

  @Test
  void quickFilterFindsATradeByItsIdOrExecId() {
    Trade sample = firm.trades().get(1234);

    assertThat(
            ids(
                engine.evaluate(
                    BlotterQuery.all().withQuickFilter(sample.execId().toLowerCase(Locale.ROOT)))))
        .containsExactly(sample.id().value());
    List<Long> byId =
        ids(
            engine.evaluate(
                BlotterQuery.all().withQuickFilter(Long.toString(sample.id().value()))));
    assertThat(byId).contains(sample.id().value()).hasSizeLessThan(firm.trades().size() / 10);
  }

  @Test
  void aNarrowingKeystrokeGivesTheSameAnswerAsAFreshQuery() {
    Trade sample = firm.trades().get(3);
    String exec = sample.execId();
    BlotterResult previous = null;
    for (int length = 1; length <= exec.length(); length++) {
      BlotterQuery q = BlotterQuery.all().withQuickFilter(exec.substring(0, length));
      BlotterResult incremental = engine.evaluate(q, previous, () -> false);
      assertThat(ids(incremental))
          .as("after typing %s", q.quickFilter())
          .isEqualTo(ids(engine.evaluate(q)));
      previous = incremental;
    }
    assertThat(ids(previous)).containsExactly(sample.id().value());
  }

  @Test
  void columnFiltersCombineWithEachOther() {
    Trade sample = firm.trades().get(5);
    String book = book(sample);
    BlotterQuery q =
        BlotterQuery.all()
            .withFilter(new ColumnFilter.Values(BlotterColumn.BOOK, Set.of(book)))
            .withFilter(new ColumnFilter.Range(BlotterColumn.QUANTITY, new BigDecimal("100"), null))
            .withFilter(
                new ColumnFilter.Dates(
                    BlotterColumn.TRADE_DATE, sample.tradeDate(), sample.tradeDate()));

    List<Long> expected =
        firm.trades().stream()
            .filter(
                t ->
                    book(t).equals(book)
                        && t.quantity().compareTo(new BigDecimal("100")) >= 0
                        && t.tradeDate().equals(sample.tradeDate()))
            .map(t -> t.id().value())
            .toList();
    assertThat(ids(engine.evaluate(q))).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void sortsByAnyColumnWithTheTradeIdBreakingTies() {
    BlotterResult byPrice =
        engine.evaluate(
            BlotterQuery.all().withSort(List.of(new SortKey(BlotterColumn.PRICE, true))));
    assertThat(ids(byPrice))
        .isEqualTo(
            firm.trades().stream()
                .sorted(
                    Comparator.comparing(Trade::price)
                        .reversed()
                        .thenComparing(t -> t.id().value()))
                .map(t -> t.id().value())
                .toList());

    BlotterResult byInstrument =
        engine.evaluate(
            BlotterQuery.all()
                .withQuickFilter("buy")
                .withSort(
                    List.of(
                        new SortKey(BlotterColumn.INSTRUMENT, false),
                        new SortKey(BlotterColumn.QUANTITY, true))));
    assertThat(ids(byInstrument))
        .isEqualTo(
            firm.trades().stream()
                .filter(t -> t.side().name().equals("BUY"))
                .sorted(
                    Comparator.comparing((Trade t) -> symbol(t), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Comparator.comparing(Trade::quantity).reversed())
                        .thenComparing(t -> t.id().value()))
                .map(t -> t.id().value())
                .toList());
  }

  @Test
  void groupsCarryExactSubtotalsThatAddUpToTheTotal() {
    BlotterResult r = engine.evaluate(BlotterQuery.all().withGroupBy(BlotterColumn.BOOK));

    Map<String, List<Trade>> byBook =
        firm.trades().stream()
            .collect(
                Collectors.groupingBy(
                    BlotterEngineTest::book, LinkedHashMap::new, Collectors.toList()));
    assertThat(r.groups())
        .extracting(BlotterResult.Group::label)
        .isEqualTo(byBook.keySet().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    Map<String, BigDecimal> netByUnit = new LinkedHashMap<>();
    for (BlotterResult.Group g : r.groups()) {
      List<Trade> expected = byBook.get(g.label());
      assertThat(g.count()).isEqualTo(expected.size());
      assertThat(g.totals().quantities()).isEqualTo(quantities(expected));
      assertThat(g.totals().notional())
          .isEqualByComparingTo(
              expected.stream()
                  .map(
                      t ->
                          BigDecimal.valueOf(
                              reference.toBaseCents(t.grossAmount(), t.currency(), t.tradeDate()),
                              2))
                  .reduce(BigDecimal.ZERO, BigDecimal::add));
      for (int i = g.start(); i < g.start() + g.count(); i++) {
        assertThat(table.value(BlotterColumn.BOOK, r.row(i))).isEqualTo(g.label());
      }
      g.totals().quantities().forEach(q -> netByUnit.merge(q.unit(), q.net(), BigDecimal::add));
    }
    assertThat(r.totals().quantities())
        .allSatisfy(q -> assertThat(q.net()).isEqualByComparingTo(netByUnit.get(q.unit())))
        .hasSameSizeAs(netByUnit.keySet());
    assertThat(r.totals().withoutRate()).isZero();
  }

  /**
   * The quantities of {@code trades} as a plain evaluation finds them: per instrument's unit (FX
   * base currency or shares), buys less sells and all together.
   */
  private static List<Totals.Quantity> quantities(List<Trade> trades) {
    Map<String, BigDecimal[]> byUnit = new TreeMap<>();
    for (Trade t : trades) {
      var instrument = reference.instrument(t.instrumentId().value());
      String unit = instrument.isFx() ? instrument.baseCurrency().code() : TradeTable.SHARES;
      BigDecimal[] q = byUnit.computeIfAbsent(unit, u -> new BigDecimal[] {ZERO, ZERO});
      q[0] = q[0].add(t.quantity().multiply(BigDecimal.valueOf(t.side().sign())));
      q[1] = q[1].add(t.quantity());
    }
    List<Totals.Quantity> all = new ArrayList<>();
    BigDecimal[] shares = byUnit.remove(TradeTable.SHARES);
    if (shares != null) {
      all.add(new Totals.Quantity(TradeTable.SHARES, plain(shares[0]), plain(shares[1])));
    }
    byUnit.forEach((u, q) -> all.add(new Totals.Quantity(u, plain(q[0]), plain(q[1]))));
    return all;
  }

  private static BigDecimal plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  @Test
  void groupsByTradeDateNewestFirstWithTheSameDayAffirmationRate() {
    BlotterResult r = engine.evaluate(BlotterQuery.all().withGroupBy(BlotterColumn.TRADE_DATE));

    assertThat(r.groups())
        .extracting(BlotterResult.Group::label)
        .isSortedAccordingTo(Comparator.reverseOrder());
    for (BlotterResult.Group g : r.groups()) {
      List<BlotterTrade> day =
          trades.stream().filter(t -> t.trade().tradeDate().toString().equals(g.label())).toList();
      long counted = day.stream().filter(t -> t.trade().status() != TradeStatus.CANCELLED).count();
      long sameDay =
          day.stream()
              .filter(
                  t ->
                      t.affirmedAt() != null
                          && t.trade().status() != TradeStatus.CANCELLED
                          && !t.affirmedAt()
                              .isAfter(SameDayAffirmation.cutoff(t.trade().tradeDate())))
              .count();
      assertThat(g.totals().affirmationCounted()).isEqualTo(counted);
      assertThat(g.totals().sameDayRate())
          .contains(
              BigDecimal.valueOf(sameDay)
                  .divide(BigDecimal.valueOf(counted), 4, RoundingMode.HALF_EVEN));
    }
    assertThat(r.groups().get(r.groups().size() - 1).totals().affirmedSameDay()).isPositive();
  }

  @Test
  void aChangedTradeMovesToItsNewPlace() {
    TradeTable own = new TradeTable(reference);
    own.putAll(trades);
    BlotterEngine e = new BlotterEngine(own);
    BlotterQuery cancelled =
        BlotterQuery.all()
            .withFilter(new ColumnFilter.Values(BlotterColumn.STATUS, Set.of("CANCELLED")));
    BlotterResult before = e.evaluate(cancelled);
    Trade victim =
        trades.stream()
            .map(BlotterTrade::trade)
            .filter(t -> t.status() == TradeStatus.NEW)
            .findFirst()
            .orElseThrow();

    own.put(new BlotterTrade(victim.nextVersionWithStatus(TradeStatus.CANCELLED), null));
    BlotterResult after = e.evaluate(cancelled, before, () -> false);

    assertThat(after.size()).isEqualTo(before.size() + 1);
    assertThat(
            IntStream.range(0, after.size())
                .map(after::row)
                .anyMatch(r -> own.tradeId(r) == victim.id().value()))
        .isTrue();
    assertThat(own.value(BlotterColumn.VERSION, own.row(victim.id().value()))).isEqualTo(2L);
    assertThat(own.value(BlotterColumn.TRADE_ID, own.row(victim.id().value())))
        .isEqualTo(victim.id().display());
    assertThat(own.size()).isEqualTo(trades.size());
  }

  @Test
  void findsEachHeldTradesRowByIdAndNoRowForATradeNotHeld() {
    assertThat(trades.size()).isGreaterThan(1_000); // enough for the id map to grow a few times
    for (BlotterTrade t : trades) {
      long id = t.trade().id().value();
      assertThat(table.tradeId(table.row(id))).isEqualTo(id);
    }
    long unknown = trades.stream().mapToLong(t -> t.trade().id().value()).max().orElseThrow() + 1;
    assertThat(table.row(unknown)).isEqualTo(-1);
    assertThat(table.row(0)).isEqualTo(-1);
  }

  @Test
  void aReplacedQueryStops() {
    assertThatThrownBy(
            () ->
                engine.evaluate(BlotterQuery.all().withQuickFilter("zz-nothing"), null, () -> true))
        .isInstanceOf(CancellationException.class);
  }

  @Test
  void refusesFiltersThatDoNotFitTheColumn() {
    assertThatThrownBy(() -> new ColumnFilter.Values(BlotterColumn.QUANTITY, Set.of("1")))
        .hasMessageContaining("Quantity is filtered by range or text");
    assertThatThrownBy(
            () -> new ColumnFilter.Range(BlotterColumn.PRICE, BigDecimal.TEN, BigDecimal.ONE))
        .hasMessageContaining("the lowest value (10) is above the highest (1)");
  }

  @Test
  void idSearchLooksInsideTheIdAsShown() {
    assertThat(BlotterEngine.idContains(120345, "034".getBytes())).isTrue();
    assertThat(BlotterEngine.idContains(120345, "t0012".getBytes())).isTrue();
    assertThat(BlotterEngine.idContains(120345, "45".getBytes())).isTrue();
    assertThat(BlotterEngine.idContains(120345, "54".getBytes())).isFalse();
    assertThat(BlotterEngine.idContains(7, "t00000007".getBytes())).isTrue();
    assertThat(BlotterEngine.idContains(7, "77".getBytes())).isFalse();
  }
}
