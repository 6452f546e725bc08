package com.tickmark.app.ui.ledger;

import static com.tickmark.app.ui.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.ledger.FinancialStatementsViewModel.Row;
import com.tickmark.app.ui.ledger.FinancialStatementsViewModel.Statement;
import com.tickmark.app.ui.ledger.FinancialStatementsViewModel.Summary;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.security.Actor;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Financial statements screen without a toolkit, on the fixture's hand-worked journal. */
class FinancialStatementsViewModelTest {
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

  static FinancialStatementsViewModel viewModel(Actor actor) {
    FinancialStatementsViewModel vm =
        new FinancialStatementsViewModel(
            LedgerFixture.ledger(services),
            services.referenceData(),
            actor,
            () -> LedgerFixture.BUSINESS_DATE,
            new DirectTaskExecutor());
    vm.activate();
    return vm;
  }

  private static BigDecimal money(String s) {
    return new BigDecimal(s);
  }

  @Test
  void opensOnTheConsolidatedIncomeStatementOfTheYearToDate() {
    FinancialStatementsViewModel vm = viewModel(LedgerFixture.VIEWER);

    assertThat(vm.statementProperty().get()).isEqualTo(Statement.INCOME_STATEMENT);
    assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(vm.toProperty().get()).isEqualTo(LedgerFixture.BUSINESS_DATE);
    assertThat(vm.bookProperty().get().label()).isEqualTo("All books (consolidated)");
    assertThat(vm.table().allRows())
        .as("the audit fee is the only income or expense; an expense shows positive")
        .extracting(Row::group, Row::account, Row::name, Row::amount, Row::currency)
        .containsExactly(tuple("Expenses", "5200", "Fees", money("150.00"), USD));
    Summary s = vm.summaryProperty().get();
    assertThat(s.statement()).isEqualTo(Statement.INCOME_STATEMENT);
    assertThat(s.reportingCurrency()).isEqualTo(USD);
    assertThat(s.income()).isEqualTo(money("0.00"));
    assertThat(s.expenses()).isEqualTo(money("150.00"));
    assertThat(s.netIncome()).isEqualTo(money("-150.00"));
  }

  @Test
  void aPeriodBeforeTheFeeHasNoIncomeOrExpenses() {
    FinancialStatementsViewModel vm = viewModel(LedgerFixture.VIEWER);

    vm.toProperty().set(LocalDate.of(2025, 11, 19));

    assertThat(vm.table().allRows()).isEmpty();
    assertThat(vm.summaryProperty().get().netIncome()).isEqualTo(money("0.00"));
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefusedInASentence() {
    FinancialStatementsViewModel vm = viewModel(LedgerFixture.VIEWER);

    vm.fromProperty().set(LocalDate.of(2025, 12, 1));

    assertThat(vm.noticeProperty().get().text())
        .isEqualTo("The period ends (2025-11-20) before it starts (2025-12-01).");
  }

  @Test
  void theBalanceSheetBalancesWithTheUnclosedEarningsInEquity() {
    FinancialStatementsViewModel vm = viewModel(LedgerFixture.VIEWER);

    vm.statementProperty().set(Statement.BALANCE_SHEET);

    assertThat(vm.asOfProperty().get()).isEqualTo(LedgerFixture.BUSINESS_DATE);
    assertThat(vm.table().allRows())
        .extracting(Row::group, Row::account, Row::name, Row::amount)
        .containsExactly(
            tuple("Assets", "1100", "Cash", money("40000.00")),
            tuple("Assets", "1200", "Securities at cost", money("10000.00")),
            tuple("Liabilities", "2100", "Payable to brokers", money("150.00")),
            tuple("Equity", "3100", "Capital", money("50000.00")),
            tuple("Equity", "", "Earnings not yet closed to equity", money("-150.00")));
    Summary s = vm.summaryProperty().get();
    assertThat(s.statement()).isEqualTo(Statement.BALANCE_SHEET);
    assertThat(s.assets()).isEqualTo(money("50000.00"));
    assertThat(s.liabilities()).isEqualTo(money("150.00"));
    assertThat(s.equity()).isEqualTo(money("49850.00"));
    assertThat(s.imbalance()).isEqualTo(money("0.00"));
    assertThat(s.balances()).isTrue();
  }

  @Test
  void oneBooksBalanceSheetShowsOnlyItsLines() {
    FinancialStatementsViewModel vm = viewModel(LedgerFixture.VIEWER);
    vm.statementProperty().set(Statement.BALANCE_SHEET);

    vm.bookProperty()
        .set(vm.books().stream().filter(b -> b.code().equals("MOMO-US")).findFirst().orElseThrow());

    assertThat(vm.table().allRows())
        .as("MOMO-US bought 10,000.00 of AAPL with cash funded firm-wide")
        .extracting(Row::account, Row::amount)
        .containsExactly(tuple("1100", money("-10000.00")), tuple("1200", money("10000.00")));
    Summary s = vm.summaryProperty().get();
    assertThat(s.assets()).isEqualTo(money("0.00"));
    assertThat(s.balances()).isTrue();
  }
}
