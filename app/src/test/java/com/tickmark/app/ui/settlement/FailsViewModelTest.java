package com.tickmark.app.ui.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.settlement.FailsViewModel.AssignForm;
import com.tickmark.app.ui.settlement.FailsViewModel.FailRow;
import com.tickmark.app.ui.settlement.FailsViewModel.StateFilter;
import com.tickmark.app.ui.settlement.FailsViewModel.StatusRow;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.settlement.penalty.Penalty;
import com.tickmark.model.settlement.status.StatusImportResult;
import com.tickmark.model.settlement.status.StatusLine;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fails screen without a toolkit, on a small demo firm whose inbox settlement status files were
 * imported: the rows, the open-only filter, the count per aging bucket, the penalties accrued per
 * fail, the selected fail's status history, and assigning a fail.
 */
class FailsViewModelTest {
  static final LocalDate BUSINESS_DATE = LocalDate.of(2025, 11, 20);
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));
  static final Actor VIEWER = new Actor(new UserId(6), "viewer", Set.of(Role.VIEWER));

  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  @BeforeAll
  static void createADemoFirmAndImportItsStatusFiles() throws IOException {
    workspace = Workspace.open(dir.resolve("ws"));
    services = importedDemoFirm(workspace);
  }

  /** A small demo firm with its inbox's settlement status files imported. */
  static AppServices importedDemoFirm(Workspace workspace) throws IOException {
    return importedDemoFirm(workspace, file -> true);
  }

  /** The demo firm with the status files {@code imported} accepts imported. */
  static AppServices importedDemoFirm(Workspace workspace, Predicate<Path> imported)
      throws IOException {
    AppServices services = RefDataFixture.services(workspace);
    new DemoFirmInstaller()
        .install(
            services,
            new DemoConfig(11, BUSINESS_DATE, 30, 5, 60, FaultRates.DEFAULTS),
            DemoFirmInstaller.Progress.NONE);
    List<Path> files;
    try (Stream<Path> s = Files.list(workspace.inbox().resolve("settlement"))) {
      files = s.filter(p -> p.toString().endsWith(".csv")).filter(imported).sorted().toList();
    }
    List<StatusImportResult> results =
        services.area(SettlementServices.class).statusImports().importFiles(CLERK, files, true);
    assertThat(results).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    return services;
  }

  @AfterAll
  static void close() {
    workspace.close();
    workspace = null;
    services = null;
  }

  private static FailsViewModel viewModel(Actor actor) {
    SettlementServices settlement = services.area(SettlementServices.class);
    FailsViewModel vm =
        new FailsViewModel(
            settlement.fails(),
            settlement.penalties(),
            settlement.statusImports(),
            services.referenceData(),
            actor,
            () -> BUSINESS_DATE,
            new DirectTaskExecutor());
    vm.activate();
    return vm;
  }

  @Test
  void showsTheOpenFailsWithTheirReasonInWordsAndCountsThemPerAgingBucket() {
    FailsViewModel vm = viewModel(CLERK);
    var fails = services.area(SettlementServices.class).fails();
    int open = fails.asOf(CLERK, BUSINESS_DATE, false).size();
    int all = fails.asOf(CLERK, BUSINESS_DATE, true).size();
    assertThat(open).as("the demo inbox reports open fails").isPositive();
    assertThat(all).as("and some resolved by settling late").isGreaterThan(open);

    assertThat(vm.stateProperty().get()).isEqualTo(StateFilter.OPEN);
    assertThat(vm.asOfProperty().get()).isEqualTo(BUSINESS_DATE);
    assertThat(vm.table().allRows())
        .hasSize(open)
        .allSatisfy(r -> assertThat(r.status()).isEqualTo("OPEN"));
    assertThat(vm.table().allRows())
        .allSatisfy(
            r -> {
              assertThat(r.trade()).startsWith("T");
              assertThat(r.counterparty()).isNotEmpty();
              assertThat(r.instrument()).isNotEmpty();
              assertThat(r.statusLine()).contains(".csv:");
              assertThat(r.value().signum()).isPositive();
              assertThat(r.bucket()).isIn(FailsViewModel.BUCKETS);
              switch (r.reason()) {
                case "LACK" -> assertThat(r.reasonMeaning()).isEqualTo("lack of securities");
                case "MONY" -> assertThat(r.reasonMeaning()).isEqualTo("lack of cash");
                case "CMIS" ->
                    assertThat(r.reasonMeaning()).isEqualTo("counterparty instruction missing");
                default -> {}
              }
            });
    assertThat(vm.bucketsProperty().get()).isEqualTo(countPerBucket(vm.table().allRows()));
    assertThat(vm.bucketsProperty().get().keySet())
        .containsExactlyElementsOf(FailsViewModel.BUCKETS);

    vm.stateProperty().set(StateFilter.ALL);
    assertThat(vm.table().allRows()).hasSize(all);
    assertThat(vm.table().allRows()).extracting(FailRow::status).contains("OPEN", "RESOLVED");
    assertThat(vm.bucketsProperty().get().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(all);
    assertThat(vm.bucketsProperty().get()).isEqualTo(countPerBucket(vm.table().allRows()));
  }

  private static Map<String, Long> countPerBucket(List<FailRow> rows) {
    Map<String, Long> counts =
        rows.stream().collect(Collectors.groupingBy(FailRow::bucket, Collectors.counting()));
    FailsViewModel.BUCKETS.forEach(b -> counts.putIfAbsent(b, 0L));
    return counts;
  }

  @Test
  void eachFailShowsThePenaltiesAccruedOnItsTradeToTheBusinessDateInItsCurrencysScale() {
    FailsViewModel vm = viewModel(CLERK);
    vm.stateProperty().set(StateFilter.ALL);
    List<FailRow> rows = vm.table().allRows();
    assertThat(rows)
        .as("the demo firm's fails in EU CSDs accrue penalties")
        .anySatisfy(r -> assertThat(r.penalties()).isNotNull());
    var penalties = services.area(SettlementServices.class).penalties();
    for (FailRow r : rows) {
      List<Penalty> own =
          penalties.of(CLERK, r.fail().trade().id(), r.intendedDate(), BUSINESS_DATE).penalties();
      if (own.isEmpty()) {
        assertThat(r.penalties()).as(r.trade() + " accrued none").isNull();
      } else {
        assertThat(r.penalties())
            .as(r.trade() + ": what it pays (negative) and receives, summed")
            .isEqualByComparingTo(
                own.stream().map(Penalty::signedAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(r.penaltyCurrency()).isEqualTo(own.get(0).currency());
        assertThat(r.penalties().scale()).isEqualTo(2);
      }
    }
  }

  @Test
  void selectingAFailShowsEachCustodianStatusLineAboutItsTradeAndNoneWhenNothingIsSelected() {
    FailsViewModel vm = viewModel(CLERK);
    assertThat(vm.history().allRows()).isEmpty();
    assertThat(vm.historyTitleProperty().get()).startsWith("Select a fail");
    FailRow row = vm.table().allRows().get(0);

    vm.select(row);

    List<StatusLine> lines =
        services
            .area(SettlementServices.class)
            .statusImports()
            .linesOf(CLERK, row.fail().trade().id());
    assertThat(vm.history().allRows())
        .extracting(h -> h.file() + ":" + h.line())
        .containsExactlyElementsOf(lines.stream().map(StatusLine::source).toList())
        .as("the line that gave the fail its reason is among them")
        .contains(row.statusLine());
    assertThat(vm.history().allRows())
        .filteredOn(h -> h.status().equals("FAILED"))
        .isNotEmpty()
        .allSatisfy(
            h -> {
              assertThat(h.reason()).as("the code with its meaning").matches("[A-Z]{4}.*");
              assertThat(h.remaining().signum()).isPositive();
            });
    assertThat(vm.history().allRows())
        .extracting(StatusRow::statementDate)
        .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    assertThat(vm.historyTitleProperty().get()).contains(row.trade(), row.reference());

    vm.select(null);
    assertThat(vm.history().allRows()).isEmpty();
    assertThat(vm.historyTitleProperty().get()).startsWith("Select a fail");
  }

  @Test
  void onlyUsersWhoWorkSettlementsMayAssignAFail() {
    FailsViewModel viewer = viewModel(VIEWER);
    assertThat(viewer.table().allRows()).as("a viewer sees the fails").isNotEmpty();
    assertThat(viewer.assignPermitted().allowed()).isFalse();
    assertThat(viewer.assignPermitted().whyNot())
        .contains("assign settlement fails", "WORK_SETTLEMENTS");
    FailRow row = viewer.table().allRows().get(0);
    assertThatThrownBy(() -> viewer.assignForm(row)).isInstanceOf(IllegalStateException.class);

    assertThat(viewModel(CLERK).assignPermitted().allowed()).isTrue();
  }

  @Test
  void assigningAFailShowsItsOwnerAndCommentInTheRow() {
    FailsViewModel vm = viewModel(CLERK);
    FailRow row = vm.table().allRows().get(0);
    AssignForm form = vm.assignForm(row);
    assertThat(form.owners()).contains("accountant", "clerk").isSorted();
    assertThat(form.ownerProperty().get()).as("the user themself by default").isEqualTo("clerk");

    form.ownerProperty().set("accountant");
    form.commentProperty().set("Chasing the broker for the securities");
    boolean[] closed = {false};
    form.send(() -> closed[0] = true);

    assertThat(closed[0]).isTrue();
    assertThat(form.errorProperty().get()).isEmpty();
    FailRow after =
        vm.table().allRows().stream()
            .filter(r -> r.trade().equals(row.trade()))
            .findFirst()
            .orElseThrow();
    assertThat(after.owner()).isEqualTo("accountant");
    assertThat(after.comment()).isEqualTo("Chasing the broker for the securities");
  }

  @Test
  void aFailCannotBeAssignedToSomeoneWhoIsNotAUser() {
    FailsViewModel vm = viewModel(CLERK);
    AssignForm form = vm.assignForm(vm.table().allRows().get(0));
    form.ownerProperty().set("nobody");
    boolean[] closed = {false};
    form.send(() -> closed[0] = true);
    assertThat(closed[0]).isFalse();
    assertThat(form.errorProperty().get()).contains("There is no user 'nobody'");
  }
}
