package com.tickmark.app.ui.ledger;

import static com.tickmark.app.ui.ledger.LedgerFixture.EUR;
import static com.tickmark.app.ui.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.ledger.AccountStatementViewModel.Row;
import com.tickmark.app.ui.ledger.AccountStatementViewModel.Section;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.ledger.LedgerAccount;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Account statement screen without a toolkit, on the fixture's hand-worked journal. */
class AccountStatementViewModelTest {
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

  static AccountStatementViewModel viewModel() {
    return new AccountStatementViewModel(
        LedgerFixture.ledger(services),
        services.referenceData(),
        LedgerFixture.VIEWER,
        () -> LedgerFixture.BUSINESS_DATE,
        new DirectTaskExecutor());
  }

  private static BigDecimal money(String s) {
    return new BigDecimal(s);
  }

  @Test
  void opensOnTheBusinessDatesMonthWithPostingAccountsOnly() {
    AccountStatementViewModel vm = viewModel();
    vm.activate();

    assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(vm.toProperty().get()).isEqualTo(LedgerFixture.BUSINESS_DATE);
    assertThat(vm.accounts()).extracting(LedgerAccount::code).contains("1100", "5200");
    assertThat(vm.accounts()).noneMatch(LedgerAccount::header);
    assertThat(vm.accountProperty().get().code()).isEqualTo("1100");
    assertThat(vm.table().allRows())
        .extracting(Row::date, Row::entry, Row::kind, Row::trade, Row::book, Row::credit)
        .containsExactly(
            tuple(
                LocalDate.of(2025, 11, 5),
                3L,
                "Settlement",
                "T00000001",
                "MOMO-US",
                money("10000.00")));
    assertThat(vm.sectionsProperty().get())
        .containsExactly(
            new Section(
                USD, money("50000.00"), money("0.00"), money("10000.00"), money("40000.00")));
  }

  @Test
  void anAccountAskedForBeforeTheChartArrivesIsTheOneShown() {
    AccountStatementViewModel vm = viewModel();
    vm.show("2100");
    vm.activate();

    assertThat(vm.accountProperty().get().label()).isEqualTo("2100 · Payable to brokers");
    assertThat(vm.table().allRows())
        .as("per currency, each line with the running balance after it")
        .extracting(Row::currency, Row::entry, Row::debit, Row::credit, Row::balance)
        .containsExactly(
            tuple(EUR, 4L, null, money("1000.00"), money("-1000.00")),
            tuple(EUR, 5L, money("1000.00"), null, money("0.00")),
            tuple(USD, 2L, null, money("10000.00"), money("-10000.00")),
            tuple(USD, 3L, money("10000.00"), null, money("0.00")),
            tuple(USD, 6L, null, money("150.00"), money("-150.00")));
    assertThat(vm.table().allRows())
        .filteredOn(r -> r.entry() == 6L)
        .extracting(Row::kind, Row::description, Row::trade)
        .containsExactly(tuple("Manual journal", "Accrue the audit fee", ""));
    assertThat(vm.sectionsProperty().get())
        .extracting(Section::currency, Section::opening, Section::closing)
        .containsExactly(
            tuple(EUR, money("0.00"), money("0.00")), tuple(USD, money("0.00"), money("-150.00")));
  }

  @Test
  void anotherScreensDrillPicksTheAccountAndALaterRangeMovesTheOpeningBalance() {
    AccountStatementViewModel vm = viewModel();
    vm.activate();

    vm.show("2100");
    vm.fromProperty().set(LocalDate.of(2025, 11, 6));

    assertThat(vm.sectionsProperty().get())
        .extracting(Section::currency, Section::opening, Section::closing)
        .containsExactly(
            tuple(EUR, money("0.00"), money("0.00")), tuple(USD, money("0.00"), money("-150.00")));
    assertThat(vm.table().allRows()).extracting(Row::entry).containsExactly(4L, 5L, 6L);
  }

  @Test
  void datesTheWrongWayRoundAreRefusedWithASentence() {
    AccountStatementViewModel vm = viewModel();
    vm.activate();

    vm.fromProperty().set(LocalDate.of(2025, 11, 25));

    assertThat(vm.table().allRows()).isEmpty();
    assertThat(vm.noticeProperty().get().text())
        .isEqualTo("The statement ends (2025-11-20) before it starts (2025-11-25).");
  }

  @Test
  void anAccountNotInTheChartIsSaid() {
    AccountStatementViewModel vm = viewModel();
    vm.activate();

    vm.show("9999");

    assertThat(vm.noticeProperty().get().title()).isEqualTo("No account 9999");
    assertThat(vm.accountProperty().get().code()).isEqualTo("1100");
  }
}
