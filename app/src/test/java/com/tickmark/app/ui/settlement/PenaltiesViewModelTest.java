package com.tickmark.app.ui.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.settlement.PenaltiesViewModel.PenaltyRow;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.settlement.penalty.PenaltyDirection;
import com.tickmark.model.settlement.penalty.PenaltySum;
import com.tickmark.model.settlement.status.StatusImportResult;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Penalties screen without a toolkit, on a small demo firm early in December whose inbox status
 * files were imported: November's penalties with their totals, and the accountant marking November
 * booked.
 */
class PenaltiesViewModelTest {
  static final LocalDate BUSINESS_DATE = LocalDate.of(2025, 12, 3);
  static final YearMonth NOVEMBER = YearMonth.of(2025, 11);
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));
  static final Actor ACCOUNTANT = new Actor(new UserId(3), "accountant", Set.of(Role.ACCOUNTANT));

  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  @BeforeAll
  static void createADemoFirmAndImportItsStatusFiles() throws IOException {
    workspace = Workspace.open(dir.resolve("ws"));
    services = RefDataFixture.services(workspace);
    new DemoFirmInstaller()
        .install(
            services,
            new DemoConfig(11, BUSINESS_DATE, 30, 10, 200, FaultRates.DEFAULTS),
            DemoFirmInstaller.Progress.NONE);
    List<Path> files;
    try (Stream<Path> s = Files.list(workspace.inbox().resolve("settlement"))) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    List<StatusImportResult> results =
        services.area(SettlementServices.class).statusImports().importFiles(CLERK, files, true);
    assertThat(results).allSatisfy(r -> assertThat(r.problems()).isEmpty());
  }

  @AfterAll
  static void close() {
    workspace.close();
    workspace = null;
    services = null;
  }

  private static PenaltiesViewModel viewModel(Actor actor) {
    PenaltiesViewModel vm =
        new PenaltiesViewModel(
            services.area(SettlementServices.class).penaltyBookings(),
            services.referenceData(),
            actor,
            () -> BUSINESS_DATE,
            new DirectTaskExecutor());
    vm.activate();
    return vm;
  }

  @Test
  void showsAMonthsPenaltiesPerDayWithTheirTotalsPerCurrencyAndDirection() {
    PenaltiesViewModel vm = viewModel(CLERK);
    assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2025, 12));
    assertThat(vm.months()).hasSize(13).startsWith(YearMonth.of(2025, 12), NOVEMBER);

    vm.monthProperty().set(NOVEMBER);

    List<PenaltyRow> rows = vm.table().allRows();
    assertThat(rows).as("the demo inbox has fails in EU CSDs in November").isNotEmpty();
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.trade()).startsWith("T");
              assertThat(r.counterparty()).isNotEmpty();
              assertThat(r.isin()).hasSize(12);
              assertThat(YearMonth.from(r.date())).isEqualTo(NOVEMBER);
              assertThat(r.direction()).isIn("Paid", "Received");
              assertThat(r.penaltyClass()).isNotEmpty();
              assertThat(r.amount().scale()).isEqualTo(2);
            });
    List<PenaltySum> totals = vm.totalsProperty().get();
    assertThat(totals).isNotEmpty();
    for (PenaltySum t : totals) {
      BigDecimal sum =
          rows.stream()
              .filter(r -> r.currency().equals(t.currency()))
              .filter(
                  r ->
                      r.direction()
                          .equals(t.direction() == PenaltyDirection.PAY ? "Paid" : "Received"))
              .map(PenaltyRow::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(t.amount()).isEqualByComparingTo(sum);
    }
    assertThat(totals.stream().mapToInt(PenaltySum::penalties).sum()).isEqualTo(rows.size());
  }

  @Test
  void aClerkSeesThePenaltiesButMayNotMarkThemBooked() {
    PenaltiesViewModel vm = viewModel(CLERK);
    vm.monthProperty().set(NOVEMBER);

    assertThat(vm.bookPermitted().allowed()).isFalse();
    assertThat(vm.bookPermitted().whyNot())
        .contains("mark CSDR penalties booked", "BOOK_PENALTIES");
    assertThat(vm.canBookMonth().get()).isFalse();
  }

  @Test
  void theAccountantMarksAMonthThatIsOverBookedAndSeesWhoBookedEachPenalty() {
    PenaltiesViewModel vm = viewModel(ACCOUNTANT);
    assertThat(vm.canBookMonth().get()).as("December is not over").isFalse();
    vm.monthProperty().set(NOVEMBER);
    int penalties = vm.table().allRows().size();
    assertThat(vm.canBookMonth().get()).isTrue();
    assertThat(vm.bookMonthQuestion())
        .startsWith("Mark the " + penalties + " penalties of 2025-11 not booked yet")
        .contains("EUR");

    AtomicBoolean closed = new AtomicBoolean();
    vm.bookMonth(() -> closed.set(true));

    assertThat(closed).isTrue();
    assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
    assertThat(vm.noticeProperty().get().title())
        .isEqualTo("Booked " + penalties + " penalties of 2025-11");
    assertThat(vm.table().allRows())
        .hasSize(penalties)
        .allSatisfy(
            r -> {
              assertThat(r.bookedBy()).isEqualTo("accountant");
              assertThat(r.bookedAt()).isNotNull();
              assertThat(r.difference()).isZero();
            });
    assertThat(vm.canBookMonth().get()).as("nothing left to book").isFalse();
  }
}
