package com.tickmark.app.ui.ledger;

import static com.tickmark.app.ui.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.ledger.ProfitAndLossViewModel.By;
import com.tickmark.app.ui.ledger.ProfitAndLossViewModel.Row;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The P&amp;L screen without a toolkit, on the fixture's journal: its only income or expense is the
 * approved audit fee of 150.00 USD, booked firm-wide (the bank charges still wait for approval, so
 * they are no P&amp;L yet).
 */
class ProfitAndLossViewModelTest {
  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  @BeforeAll
  static void aSmallJournal() {
    workspace = LedgerFixture.create(dir.resolve("ws"));
    services = RefDataFixture.services(workspace);
  }

  @AfterAll
  static void close() {
    workspace.close();
    workspace = null;
    services = null;
  }

  static ProfitAndLossViewModel viewModel() {
    ProfitAndLossViewModel vm =
        new ProfitAndLossViewModel(
            LedgerFixture.ledger(services),
            services.referenceData(),
            LedgerFixture.VIEWER,
            () -> LedgerFixture.BUSINESS_DATE,
            new DirectTaskExecutor());
    vm.activate();
    return vm;
  }

  @Test
  void opensOnTheBusinessDateByBookWithTheYearsLossInTheReportingCurrency() {
    ProfitAndLossViewModel vm = viewModel();

    assertThat(vm.asOfProperty().get()).isEqualTo(LedgerFixture.BUSINESS_DATE);
    assertThat(vm.table().allRows())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.book()).as("the fee is booked firm-wide").isEmpty();
              assertThat(r.yearToDate()).isEqualTo(new BigDecimal("-150.00"));
              assertThat(r.monthToDate()).isEqualTo(new BigDecimal("-150.00"));
              assertThat(r.costs()).as("fees are costs").isEqualTo(new BigDecimal("-150.00"));
              assertThat(r.realized()).isEqualTo(new BigDecimal("0.00"));
              assertThat(r.currency()).isEqualTo(USD);
            });
    assertThat(vm.summaryProperty().get().yearToDate()).isEqualTo(new BigDecimal("-150.00"));
  }

  @Test
  void beforeTheFeeWasPostedThereIsNoPnl() {
    ProfitAndLossViewModel vm = viewModel();
    vm.asOfProperty().set(LedgerFixture.BUSINESS_DATE.minusYears(1));

    assertThat(vm.table().allRows()).isEmpty();
    assertThat(vm.summaryProperty().get().yearToDate()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void groupsByStrategyOrByBookAndInstrument() {
    ProfitAndLossViewModel vm = viewModel();
    vm.byProperty().set(By.INSTRUMENT);

    assertThat(vm.table().allRows())
        .extracting(Row::instrument, Row::yearToDate)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("", new BigDecimal("-150.00")));
    vm.byProperty().set(By.STRATEGY);
    assertThat(vm.table().allRows())
        .extracting(Row::yearToDate)
        .containsExactly(new BigDecimal("-150.00"));
  }
}
