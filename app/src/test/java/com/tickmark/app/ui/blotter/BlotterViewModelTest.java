package com.tickmark.app.ui.blotter;

import static java.math.BigDecimal.ZERO;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.app.ui.task.TaskHandle;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.NewTrade;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.model.trade.blotter.BlotterResult;
import com.tickmark.model.trade.blotter.ColumnFilter;
import com.tickmark.model.trade.blotter.TradeTable;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blotter's view model without a toolkit: everything runs on the test's thread. */
class BlotterViewModelTest {
  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));
  private BlotterViewModel vm;

  @BeforeAll
  static void createADemoFirm() {
    workspace = Workspace.open(dir.resolve("ws"));
    services = RefDataFixture.services(workspace);
    new DemoFirmInstaller()
        .install(
            services,
            new DemoConfig(5, LocalDate.of(2025, 11, 20), 40, 2, 100, FaultRates.DEFAULTS),
            DemoFirmInstaller.Progress.NONE);
  }

  @AfterAll
  static void close() {
    workspace.close();
  }

  @BeforeEach
  void open() {
    BlotterData data =
        new BlotterData(
            () -> services.blotter().trades(CLERK),
            () -> services.blotter().reference(CLERK),
            Runnable::run,
            Runnable::run);
    vm =
        new BlotterViewModel(
            data,
            () -> services.blotter().trades(CLERK),
            services.trades(),
            services.audit(),
            services.firm(),
            services.tradeChanges(),
            CLERK,
            new DirectTaskExecutor());
    vm.activate();
  }

  @AfterEach
  void dispose() {
    vm.dispose();
  }

  @Test
  void showsEveryTradeWithTheirTotalsAndTheSameDayAffirmationRate() {
    BlotterResult r = vm.resultProperty().get();
    int all = services.area(TradeServices.class).repositories().trades().count();
    assertThat(r.size()).isEqualTo(all);
    assertThat(vm.countTextProperty().get()).isEqualTo(String.format("%,d trades", all));
    assertThat(vm.totalsTextProperty().get())
        .startsWith(String.format("Shown %,d trades  ·  net ", all))
        .contains(" shares  ·  ", " EUR  ·  ", "Notional USD ")
        .doesNotContain("Qty");
    assertThat(vm.affirmationTextProperty().get())
        .matches("Affirmed same day: \\d+\\.\\d\\d% \\([\\d,]+ of [\\d,]+\\)");
  }

  @Test
  void filteringAndGroupingAskAgainAndAnEmptyAnswerSaysSo() {
    vm.setFilter(
        BlotterColumn.STATUS, new ColumnFilter.Values(BlotterColumn.STATUS, Set.of("NEW")));
    BlotterResult onlyNew = vm.resultProperty().get();
    assertThat(onlyNew.size()).isPositive();
    vm.groupByProperty().set(BlotterColumn.BOOK);
    assertThat(vm.resultProperty().get().groups())
        .isNotEmpty()
        .allSatisfy(g -> assertThat(g.totals().count()).isEqualTo(g.count()));
    assertThat(vm.resultProperty().get().size()).isEqualTo(onlyNew.size());

    vm.quickFilterProperty().set("no-such-trade-anywhere");
    assertThat(vm.resultProperty().get().size()).isZero();
    assertThat(vm.countTextProperty().get())
        .isEqualTo(
            String.format(
                "0 of %,d trades",
                services.area(TradeServices.class).repositories().trades().count()));
  }

  @Test
  void saysLoadingWhileTheTradesAreReadAndThatNoneMatchOnlyOnceTheyAre() {
    List<BackgroundTask<?>> waiting = new ArrayList<>();
    TaskExecutor later =
        new TaskExecutor() {
          @Override
          public <T> TaskHandle execute(BackgroundTask<T> task) {
            waiting.add(task);
            return null;
          }

          @Override
          public void shutdown() {}

          @Override
          public boolean awaitTermination(Duration timeout) {
            return true;
          }
        };
    BlotterViewModel reading =
        new BlotterViewModel(
            new BlotterData(
                () -> services.blotter().trades(CLERK),
                () -> services.blotter().reference(CLERK),
                Runnable::run,
                Runnable::run),
            () -> services.blotter().trades(CLERK),
            services.trades(),
            services.audit(),
            services.firm(),
            services.tradeChanges(),
            CLERK,
            later);
    reading.quickFilterProperty().set("no-such-trade-anywhere");
    try {
      assertThat(reading.placeholderProperty().get()).isEqualTo("Loading trades…");
      reading.activate();
      assertThat(reading.loadingProperty().get()).isTrue();
      assertThat(reading.placeholderProperty().get()).isEqualTo("Loading trades…");

      new DirectTaskExecutor().execute(waiting.get(0));
      assertThat(reading.loadingProperty().get()).isFalse();
      assertThat(reading.placeholderProperty().get())
          .isEqualTo("No trades match \u201cno-such-trade-anywhere\u201d");
      reading.quickFilterProperty().set("");
      reading.setFilter(
          BlotterColumn.STATUS,
          new ColumnFilter.Values(BlotterColumn.STATUS, Set.of("NO-SUCH-STATUS")));
      assertThat(reading.placeholderProperty().get()).isEqualTo("No trades match the filter");
    } finally {
      reading.dispose();
    }
  }

  @Test
  void aGroupLineNetsSellsAgainstBuysAndNeverAddsSharesToCurrencies() {
    vm.groupByProperty().set(BlotterColumn.CURRENCY);
    TradeTable table = vm.data().table();
    Map<String, String> fxBase = new HashMap<>();
    services.referenceData().instruments(CLERK).stream()
        .filter(Instrument::isFx)
        .forEach(i -> fxBase.put(i.symbol(), i.baseCurrency().code()));

    boolean mixed = false;
    for (BlotterResult.Group g : vm.resultProperty().get().groups()) {
      Map<String, BigDecimal[]> byUnit = new TreeMap<>();
      for (int i = g.start(); i < g.start() + g.count(); i++) {
        int row = vm.resultProperty().get().row(i);
        String unit =
            fxBase.getOrDefault((String) table.value(BlotterColumn.INSTRUMENT, row), "shares");
        BigDecimal q = (BigDecimal) table.value(BlotterColumn.QUANTITY, row);
        BigDecimal[] sums = byUnit.computeIfAbsent(unit, u -> new BigDecimal[] {ZERO, ZERO});
        sums[0] = sums[0].add(table.value(BlotterColumn.SIDE, row).equals("SELL") ? q.negate() : q);
        sums[1] = sums[1].add(q);
      }
      List<String> expected = new ArrayList<>();
      BigDecimal[] shares = byUnit.remove("shares");
      if (shares != null) {
        expected.add(line(shares, "shares"));
      }
      byUnit.forEach((unit, sums) -> expected.add(line(sums, unit)));
      mixed |= expected.size() > 1;

      assertThat(BlotterFormat.subtotal(g.totals(), BlotterColumn.QUANTITY).split("\n"))
          .as("the quantity of the %s group, a line per unit", g.label())
          .containsExactlyElementsOf(expected);
      assertThat(BlotterFormat.groupHead(g.label(), g.count()))
          .isEqualTo(g.label() + " · " + String.format("%,d trades", g.count()));
    }
    assertThat(mixed).as("a currency traded both as shares and as an FX pair's base").isTrue();
  }

  private static String line(BigDecimal[] sums, String unit) {
    return "net "
        + Formats.grouped(sums[0], 0, 6)
        + ", gross "
        + Formats.grouped(sums[1], 0, 6)
        + " "
        + unit;
  }

  @Test
  void aGroupOpensAndClosesAndExpandAllOpensEveryGroup() {
    vm.groupByProperty().set(BlotterColumn.STATUS);
    String first = vm.resultProperty().get().groups().get(0).label();
    int before = vm.expansionsProperty().get();
    vm.toggle(first);
    assertThat(vm.isExpanded(first)).isTrue();
    assertThat(vm.expansionsProperty().get()).isGreaterThan(before);
    vm.toggle(first);
    assertThat(vm.isExpanded(first)).isFalse();
    vm.expandAll(true);
    assertThat(vm.resultProperty().get().groups()).allMatch(g -> vm.isExpanded(g.label()));
    vm.groupByProperty().set(BlotterColumn.BOOK);
    assertThat(vm.resultProperty().get().groups()).noneMatch(g -> vm.isExpanded(g.label()));
  }

  @Test
  void pickingOneTradeReadsItsVersionsAndPickingSeveralTotalsThem() {
    BlotterResult r = vm.resultProperty().get();
    var table = vm.data().table();
    long id =
        IntStream.range(0, r.size())
            .map(r::row)
            .filter(row -> table.value(BlotterColumn.STATUS, row).equals("NEW"))
            .mapToLong(table::tradeId)
            .findFirst()
            .orElseThrow();
    services.trades().confirm(CLERK, new TradeId(id), "broker confirmed");
    // the notice arrived and the blotter read the new version
    assertThat(table.value(BlotterColumn.VERSION, table.row(id))).isEqualTo(2L);

    vm.selected(new int[] {table.row(id)}, List.of(id));
    TradeDetail detail = vm.detailProperty().get();
    assertThat(detail.versions()).hasSize(2);
    assertThat(detail.current().trade().status()).isEqualTo(TradeStatus.CONFIRMED);
    assertThat(detail.audit()).as("a clerk may not read the audit trail").isEmpty();
    assertThat(vm.selectionTextProperty().get())
        .startsWith("Selected 1 trade  ·  net ")
        .containsOnlyOnce("gross");

    vm.selected(
        new int[] {r.row(1), r.row(2), r.row(3)},
        List.of(table.tradeId(r.row(1)), table.tradeId(r.row(2)), table.tradeId(r.row(3))));
    assertThat(vm.detailProperty().get()).isNull();
    assertThat(vm.detailMessageProperty().get()).isEqualTo("3 trades selected");
    assertThat(vm.selectionTextProperty().get()).startsWith("Selected 3 trades");
  }

  @Test
  void theDetailSaysWhereATradeCameFrom() {
    BlotterResult r = vm.resultProperty().get();
    var table = vm.data().table();
    int row = r.row(0);
    long generated = table.tradeId(row);
    assertThat(table.value(BlotterColumn.SOURCE, row)).isEqualTo("FIX");
    vm.selected(new int[] {row}, List.of(generated));
    assertThat(vm.detailProperty().get().fixMessages()).isEmpty();
    assertThat(vm.detailProperty().get().origin())
        .as("a demo trade is a simulated fill, not a drop copy that never came")
        .isEqualTo("Simulated FIX fill generated with the demo firm; no FIX message was received.");

    Trade any = services.trades().find(CLERK, new TradeId(generated)).orElseThrow();
    Trade phoned =
        services
            .trades()
            .capture(
                CLERK,
                new NewTrade(
                    (String) table.value(BlotterColumn.BOOK, row),
                    (String) table.value(BlotterColumn.INSTRUMENT, row),
                    any.side(),
                    any.quantity(),
                    any.price(),
                    any.commission(),
                    any.fees(),
                    (String) table.value(BlotterColumn.COUNTERPARTY, row),
                    (String) table.value(BlotterColumn.ACCOUNT, row),
                    any.tradeDate(),
                    any.executionTime(),
                    "PHONE-ORIGIN"),
                "phone trade with the desk");
    long id = phoned.id().value();
    vm.selected(new int[] {table.row(id)}, List.of(id));
    assertThat(vm.detailProperty().get().origin())
        .matches(
            "Entered by hand by clerk at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC:"
                + " phone trade with the desk\\. No FIX message belongs to it\\.");
  }
}
