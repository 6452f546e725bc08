package com.tickmark.app.ui.ledger;

import static com.tickmark.app.ui.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.common.Changes;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.ledger.JournalViewModel.EntryRow;
import com.tickmark.app.ui.ledger.JournalViewModel.KindChoice;
import com.tickmark.app.ui.ledger.JournalViewModel.LineRow;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.LedgerAccount;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.security.Actor;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Journal screen without a toolkit, on the fixture's hand-worked journal. */
class JournalViewModelTest {
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

  static JournalViewModel viewModel(Actor actor) {
    JournalViewModel vm =
        new JournalViewModel(
            LedgerFixture.ledger(services),
            services.referenceData(),
            actor,
            () -> LedgerFixture.BUSINESS_DATE,
            () -> USD,
            new DirectTaskExecutor());
    vm.activate();
    return vm;
  }

  private static BigDecimal money(String s) {
    return new BigDecimal(s);
  }

  private static EntryRow entry(JournalViewModel vm, long id) {
    return vm.table().allRows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  @Test
  void listsTheEntriesNewestFirstAndTheManualJournalWaiting() {
    JournalViewModel vm = viewModel(LedgerFixture.VIEWER);

    assertThat(vm.table().allRows())
        .extracting(EntryRow::id, EntryRow::date, EntryRow::kind, EntryRow::trade, EntryRow::amount)
        .containsExactly(
            tuple(6L, LedgerFixture.BUSINESS_DATE, "Manual journal", "", "150.00 USD"),
            tuple(5L, LocalDate.of(2025, 11, 12), "Reversal", "T00000002", "1,000.00 EUR"),
            tuple(4L, LocalDate.of(2025, 11, 10), "Trade", "T00000002", "1,000.00 EUR"),
            tuple(3L, LocalDate.of(2025, 11, 5), "Settlement", "T00000001", "10,000.00 USD"),
            tuple(2L, LocalDate.of(2025, 11, 3), "Trade", "T00000001", "10,000.00 USD"),
            tuple(1L, LocalDate.of(2025, 10, 31), "Opening balance", "", "50,000.00 USD"));
    assertThat(entry(vm, 6).preparedBy()).isEqualTo("accountant");
    assertThat(entry(vm, 6).postedBy()).as("the approver posts it").isEqualTo("controller");
    assertThat(vm.pendingProperty().get())
        .extracting(ApprovalRequest::summary)
        .singleElement()
        .asString()
        .contains("Bank charges");
  }

  @Test
  void theSelectedEntrysLinesWithCodesNamesAndWhatReversedIt() {
    JournalViewModel vm = viewModel(LedgerFixture.VIEWER);

    vm.selectedProperty().set(entry(vm, 4));

    assertThat(vm.detailTitleProperty().get())
        .isEqualTo("Entry 4 · 2025-11-10 · Trade · Buy 5 SAP");
    assertThat(vm.lines().allRows())
        .extracting(
            LineRow::account,
            LineRow::currency,
            LineRow::debit,
            LineRow::credit,
            LineRow::reporting,
            LineRow::book,
            LineRow::strategy,
            LineRow::instrument)
        .containsExactly(
            tuple(
                "1200 · Securities at cost",
                CurrencyCode.EUR,
                money("1000.00"),
                null,
                money("1080.00"),
                "MOMO-EU",
                "MOMO",
                "SAP"),
            tuple(
                "2100 · Payable to brokers",
                CurrencyCode.EUR,
                null,
                money("1000.00"),
                money("-1080.00"),
                "MOMO-EU",
                "MOMO",
                ""));
    assertThat(vm.reversesProperty().get()).isEmpty();
    assertThat(vm.reversedByProperty().get()).isEqualTo("Reversed by entry 5");
    assertThat(vm.selectedTradeProperty().get()).isEqualTo("T00000002");

    vm.selectedProperty().set(entry(vm, 5));
    assertThat(vm.reversesProperty().get()).isEqualTo("Reverses entry 4");
    assertThat(vm.reversedByProperty().get()).isEmpty();

    vm.selectedProperty().set(entry(vm, 6));
    assertThat(vm.lines().allRows()).extracting(LineRow::memo).containsOnly("audit 2025");
    assertThat(vm.selectedTradeProperty().get()).isEmpty();
  }

  @Test
  void filtersByDatesAndKind() {
    JournalViewModel vm = viewModel(LedgerFixture.VIEWER);

    vm.fromProperty().set(LocalDate.of(2025, 11, 4));
    vm.toProperty().set(LocalDate.of(2025, 11, 11));
    assertThat(vm.table().allRows()).extracting(EntryRow::id).containsExactly(4L, 3L);

    vm.fromProperty().set(null);
    vm.toProperty().set(null);
    vm.kindProperty().set(new KindChoice(EntryKind.TRADE));
    assertThat(vm.table().allRows()).extracting(EntryRow::id).containsExactly(4L, 2L);
  }

  @Test
  void anotherScreensDrillWidensTheFiltersToShowTheEntry() {
    JournalViewModel vm = viewModel(LedgerFixture.VIEWER);
    vm.fromProperty().set(LocalDate.of(2025, 11, 15));
    vm.kindProperty().set(new KindChoice(EntryKind.MANUAL));
    vm.table().filterTextProperty().set("audit");

    vm.show("2");

    assertThat(vm.fromProperty().get()).isNull();
    assertThat(vm.kindProperty().get()).isEqualTo(JournalViewModel.ALL_KINDS);
    assertThat(vm.table().filterTextProperty().get()).isEmpty();
    assertThat(vm.selectedProperty().get().id()).isEqualTo(2L);
    assertThat(vm.detailTitleProperty().get()).startsWith("Entry 2 · 2025-11-03 · Trade");

    vm.show("99");
    assertThat(vm.noticeProperty().get().title()).isEqualTo("No entry 99");
  }

  @Test
  void aViewerIsNotOfferedANewManualJournalAndIsToldWhy() {
    JournalViewModel vm = viewModel(LedgerFixture.VIEWER);

    assertThat(vm.postPermitted().allowed()).isFalse();
    assertThat(vm.postPermitted().whyNot())
        .startsWith("You may not post manual journals: that needs the POST_JOURNALS permission");
    AtomicReference<ManualJournalViewModel> opened = new AtomicReference<>();
    vm.newManualJournal(opened::set);
    assertThat(opened).hasNullValue();
  }

  @Test
  void aManualJournalIsSentOnlyWhenItBalancesThenWaitsForApproval() {
    JournalViewModel vm = viewModel(LedgerFixture.ACCOUNTANT);
    AtomicReference<ManualJournalViewModel> opened = new AtomicReference<>();
    vm.newManualJournal(opened::set);
    ManualJournalViewModel form = opened.get();

    assertThat(form.dateProperty().get()).isEqualTo(LedgerFixture.BUSINESS_DATE);
    assertThat(form.lines()).hasSize(2);
    assertThat(form.accounts()).noneMatch(LedgerAccount::header);
    assertThat(form.books().get(0).label()).isEqualTo("Firm-wide (no book)");
    assertThat(form.canSubmit().get()).isFalse();
    assertThat(form.problemProperty().get()).isEqualTo("Describe the journal.");

    form.descriptionProperty().set("Accrue November's data fees");
    ManualJournalViewModel.Line debit = form.lines().get(0);
    ManualJournalViewModel.Line credit = form.lines().get(1);
    debit.accountProperty().set(account(form, "5200"));
    debit.debitProperty().set("1,200.00");
    credit.accountProperty().set(account(form, "2100"));
    credit.creditProperty().set("1000");
    assertThat(form.totalsProperty().get())
        .isEqualTo("USD: Debits 1,200.00 · Credits 1,000.00 · Difference 200.00");
    assertThat(form.problemProperty().get())
        .isEqualTo("The journal does not balance: USD by 200.00.");
    assertThat(form.canSubmit().get()).isFalse();

    ManualJournalViewModel.Line third = form.addLine();
    third.accountProperty().set(account(form, "2300"));
    third.creditProperty().set("-200");
    assertThat(form.problemProperty().get())
        .isEqualTo("Line 3: amounts are positive: a credit goes in the Credit column.");
    third.creditProperty().set("200");
    third.bookProperty().set(form.books().get(1));
    assertThat(form.totalsProperty().get())
        .isEqualTo("USD: Debits 1,200.00 · Credits 1,200.00 · Difference 0.00");
    assertThat(form.canSubmit().get()).isTrue();

    boolean[] closed = {false};
    form.submit(() -> closed[0] = true);

    assertThat(closed[0]).isTrue();
    assertThat(vm.noticeProperty().get().title()).startsWith("Manual journal submitted as request");
    assertThat(vm.noticeProperty().get().text()).contains("second accountant's approval");
    ApprovalRequest request =
        vm.pendingProperty().get().stream()
            .filter(r -> r.summary().contains("Accrue November's data fees"))
            .findFirst()
            .orElseThrow();
    assertThat(Changes.fields(request.after()))
        .as("what the approver reads on the Approvals screen")
        .containsEntry("Date", "2025-11-20")
        .containsEntry("Line 1", "5200 · Fees: debit 1200.00 USD")
        .containsEntry("Line 2", "2100 · Payable to brokers: credit 1000 USD")
        .containsEntry("Line 3", "2300 · CSDR penalties payable: credit 200 USD, book MOMO-EU");
    assertThat(vm.table().allRows())
        .as("nothing posts before it is approved")
        .extracting(EntryRow::description)
        .doesNotContain("Accrue November's data fees");
  }

  @Test
  void aRefusalByTheServiceStaysInTheForm() {
    JournalViewModel vm = viewModel(LedgerFixture.ACCOUNTANT);
    AtomicReference<ManualJournalViewModel> opened = new AtomicReference<>();
    vm.newManualJournal(opened::set);
    ManualJournalViewModel form = opened.get();
    form.descriptionProperty().set("Yen fee");
    form.lines().get(0).accountProperty().set(account(form, "5200"));
    form.lines().get(0).currencyProperty().set(CurrencyCode.of("CHF"));
    form.lines().get(0).debitProperty().set("10");
    form.lines().get(1).accountProperty().set(account(form, "1100"));
    form.lines().get(1).currencyProperty().set(CurrencyCode.of("CHF"));
    form.lines().get(1).creditProperty().set("10");
    assertThat(form.canSubmit().get()).isTrue();

    boolean[] closed = {false};
    form.submit(() -> closed[0] = true);

    assertThat(closed[0]).isFalse();
    assertThat(form.failureProperty().get()).isNotEmpty();
  }

  private static LedgerAccount account(ManualJournalViewModel form, String code) {
    return form.accounts().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
  }
}
