package com.tickmark.app.ui.ledger;

import static com.tickmark.app.ui.ledger.LedgerFixture.EUR;
import static com.tickmark.app.ui.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tickmark.app.AppServices;
import com.tickmark.app.ledger.LedgerServices;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.ledger.TrialBalanceViewModel.Row;
import com.tickmark.app.ui.ledger.TrialBalanceViewModel.Summary;
import com.tickmark.app.ui.ledger.TrialBalanceViewModel.Total;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.security.Actor;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Trial balance screen without a toolkit, on the fixture's hand-worked journal. */
class TrialBalanceViewModelTest {
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

  static TrialBalanceViewModel viewModel(Actor actor) {
    TrialBalanceViewModel vm =
        new TrialBalanceViewModel(
            LedgerFixture.ledger(services),
            services.area(LedgerServices.class).posting(),
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
  void opensOnTheConsolidatedBooksAsOfTheBusinessDateAndTheyBalance() {
    TrialBalanceViewModel vm = viewModel(LedgerFixture.VIEWER);

    assertThat(vm.asOfProperty().get()).isEqualTo(LedgerFixture.BUSINESS_DATE);
    assertThat(vm.bookProperty().get().label()).isEqualTo("All books (consolidated)");
    assertThat(vm.books())
        .extracting(BookChoice::code)
        .containsExactly("", "MOMO-EU", "MOMO-US", "MR-US", "STATARB-GL");
    assertThat(vm.table().allRows())
        .extracting(
            Row::account, Row::name, Row::accountClass, Row::currency, Row::debit, Row::credit)
        .containsExactly(
            tuple("1100", "Cash", "Assets", USD, money("40000.00"), null),
            tuple("1200", "Securities at cost", "Assets", USD, money("10000.00"), null),
            tuple("2100", "Payable to brokers", "Liabilities", USD, null, money("150.00")),
            tuple("3100", "Capital", "Equity", USD, null, money("50000.00")),
            tuple("5200", "Fees", "Expenses", USD, money("150.00"), null));
    assertThat(vm.table().allRows())
        .as("debit positive, the reporting balance in USD, both in the currency's scale")
        .extracting(Row::balance, Row::reportingBalance)
        .containsExactly(
            tuple(money("40000.00"), money("40000.00")),
            tuple(money("10000.00"), money("10000.00")),
            tuple(money("-150.00"), money("-150.00")),
            tuple(money("-50000.00"), money("-50000.00")),
            tuple(money("150.00"), money("150.00")));
    Summary s = vm.summaryProperty().get();
    assertThat(s.totals()).containsExactly(new Total(USD, money("50150.00"), money("50150.00")));
    assertThat(s.reportingCurrency()).isEqualTo(USD);
    assertThat(s.reportingTotal()).isEqualByComparingTo("0");
    assertThat(s.balanced()).isTrue();
  }

  @Test
  void anEarlierDateShowsTheEuroTradeBeforeItWasCancelled() {
    TrialBalanceViewModel vm = viewModel(LedgerFixture.VIEWER);

    vm.asOfProperty().set(LocalDate.of(2025, 11, 10));

    assertThat(vm.table().allRows())
        .filteredOn(r -> r.currency().equals(EUR))
        .extracting(Row::account, Row::debit, Row::credit, Row::reportingBalance)
        .containsExactly(
            tuple("1200", money("1000.00"), null, money("1080.00")),
            tuple("2100", null, money("1000.00"), money("-1080.00")));
    assertThat(vm.summaryProperty().get().totals())
        .containsExactly(
            new Total(EUR, money("1000.00"), money("1000.00")),
            new Total(USD, money("50000.00"), money("50000.00")));
    assertThat(vm.summaryProperty().get().balanced()).isTrue();
  }

  @Test
  void oneBookShowsOnlyItsLines() {
    TrialBalanceViewModel vm = viewModel(LedgerFixture.VIEWER);

    vm.bookProperty()
        .set(vm.books().stream().filter(b -> b.code().equals("MOMO-US")).findFirst().orElseThrow());

    assertThat(vm.table().allRows())
        .extracting(Row::account, Row::debit, Row::credit)
        .containsExactly(
            tuple("1100", null, money("10000.00")), tuple("1200", money("10000.00"), null));
    assertThat(vm.summaryProperty().get().balanced()).isTrue();
  }

  @Test
  void anAccountantPostsOnDemandAndAViewerIsToldWhyNot() {
    TrialBalanceViewModel viewer = viewModel(LedgerFixture.VIEWER);
    assertThat(viewer.postPermitted().allowed()).isFalse();
    assertThat(viewer.postPermitted().whyNot()).contains("post the lifecycle to the ledger");

    try (Workspace own = LedgerFixture.create(dir.resolve("posting"))) {
      AppServices ownServices = RefDataFixture.services(own);
      own.run(
          () ->
              ownServices.repositories().settings().put(SettingsRepository.FIRM_CALENDARS, "XNYS"));
      TrialBalanceViewModel accountant =
          new TrialBalanceViewModel(
              LedgerFixture.ledger(ownServices),
              ownServices.area(LedgerServices.class).posting(),
              ownServices.referenceData(),
              LedgerFixture.ACCOUNTANT,
              () -> LedgerFixture.BUSINESS_DATE,
              new DirectTaskExecutor());
      accountant.activate();
      assertThat(accountant.postPermitted().allowed()).isTrue();
      accountant.post();
      assertThat(accountant.noticeProperty().get().kind())
          .as(
              accountant.noticeProperty().get().title()
                  + ": "
                  + accountant.noticeProperty().get().text())
          .isEqualTo(Notice.Kind.SUCCESS);
      assertThat(accountant.busyProperty().get()).isFalse();
      accountant.post();
      assertThat(accountant.noticeProperty().get().title())
          .as("posting again books nothing twice")
          .isEqualTo("Nothing new to post through " + LedgerFixture.BUSINESS_DATE);
      assertThat(accountant.summaryProperty().get().balanced()).isTrue();
    }
  }

  @Test
  void beforeAnythingPostedTheTableIsEmptyAndSaysSo() {
    TrialBalanceViewModel vm = viewModel(LedgerFixture.VIEWER);

    vm.asOfProperty().set(LocalDate.of(2025, 10, 30));

    assertThat(vm.table().allRows()).isEmpty();
    assertThat(vm.summaryProperty().get().totals()).isEmpty();
    assertThat(vm.noticeProperty().get().isEmpty()).isTrue();
  }
}
