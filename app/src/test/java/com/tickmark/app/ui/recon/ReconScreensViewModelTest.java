package com.tickmark.app.ui.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.app.AppServices;
import com.tickmark.app.StandardAreas;
import com.tickmark.app.area.InboxFolder;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.recon.ReconServices;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.recon.BreaksViewModel.Action;
import com.tickmark.app.ui.recon.BreaksViewModel.ActionForm;
import com.tickmark.app.ui.recon.BreaksViewModel.BreakRow;
import com.tickmark.app.ui.recon.BreaksViewModel.Show;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.recon.run.BreakKind;
import com.tickmark.model.recon.run.BuiltInRecons;
import com.tickmark.model.recon.run.ReconRunService;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Breaks screen and the Recons dashboard without a toolkit, on a small demo firm whose inbox
 * was imported and whose recons ran for its last days: the breaks to work, a mismatch side by side
 * with the broker's line as received, and a clerk's action refused on a break someone changed
 * meanwhile.
 */
class ReconScreensViewModelTest {
  static final LocalDate BUSINESS_DATE = LocalDate.of(2025, 11, 20);
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));
  static final Actor VIEWER = new Actor(new UserId(6), "viewer", Set.of(Role.VIEWER));

  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  @BeforeAll
  static void createADemoFirmImportItsInboxAndRunTheRecons() throws IOException {
    workspace = Workspace.open(dir.resolve("ws"));
    services = reconciledDemoFirm(workspace);
  }

  /**
   * A small demo firm on {@code workspace} whose whole inbox is imported and whose recons ran for
   * its five trading days up to {@link #BUSINESS_DATE}.
   */
  static AppServices reconciledDemoFirm(Workspace workspace) throws IOException {
    return reconciledDemoFirm(workspace, inbox -> {});
  }

  /** The same, {@code beforeImport} changing the demo's inbox before it is imported. */
  static AppServices reconciledDemoFirm(
      Workspace workspace, java.util.function.Consumer<Path> beforeImport) throws IOException {
    AppServices services = RefDataFixture.services(workspace);
    new DemoFirmInstaller()
        .install(
            services,
            new DemoConfig(11, BUSINESS_DATE, 30, 5, 200, FaultRates.DEFAULTS),
            DemoFirmInstaller.Progress.NONE);
    beforeImport.accept(workspace.inbox());
    for (InboxFolder folder :
        StandardAreas.all().stream().flatMap(a -> a.inboxFolders().stream()).toList()) {
      folder
          .importer()
          .run(services, CLERK, folder.files(workspace.inbox().resolve(folder.folder())))
          .forEach(r -> assertThat(r.problems()).isEmpty());
    }
    ReconRunService runs = services.area(ReconServices.class).runs();
    for (LocalDate d : runs.businessDays(BUSINESS_DATE.minusDays(6), BUSINESS_DATE)) {
      runs.run(CLERK, Optional.empty(), d);
    }
    return services;
  }

  @AfterAll
  static void close() {
    workspace.close();
    workspace = null;
    services = null;
  }

  private static BreaksViewModel viewModel(Actor actor) {
    ReconServices recon = services.area(ReconServices.class);
    BreaksViewModel vm =
        new BreaksViewModel(
            recon.runs(),
            recon.breaks(),
            services.referenceData(),
            workspace.inbox(),
            actor,
            () -> BUSINESS_DATE,
            new DirectTaskExecutor());
    vm.activate();
    return vm;
  }

  private static BreakRow first(BreaksViewModel vm, String recon, String kind) {
    return vm.table().allRows().stream()
        .filter(r -> r.recon().equals(recon) && r.kind().equals(kind))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void showsTheBreaksToWorkCountedByAgeAndFiltersByReconAndKind() {
    BreaksViewModel vm = viewModel(VIEWER);
    long toWork =
        services.area(ReconServices.class).runs().breaks(VIEWER, Optional.empty()).stream()
            .filter(b -> b.kind().isBreak() && b.state().isOpen())
            .count();

    long proposals =
        services.area(ReconServices.class).runs().breaks(VIEWER, Optional.empty()).stream()
            .filter(b -> b.kind() == BreakKind.PROPOSED_MATCH && b.state().isOpen())
            .count();

    assertThat(vm.table().allRows()).hasSize((int) toWork);
    assertThat(proposals).as("the demo's cash recon proposes matches").isPositive();
    assertThat(vm.waitingProperty().get())
        .as("the navigation counts the proposals waiting for review too")
        .isEqualTo((int) (toWork + proposals));
    assertThat(vm.bucketsProperty().get().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(toWork);
    assertThat(vm.reconChoices())
        .containsExactly(
            BreaksViewModel.ALL_RECONS,
            BuiltInRecons.TRADES_CONFIRMATIONS,
            BuiltInRecons.POSITIONS_CUSTODY,
            BuiltInRecons.CASH_BANK,
            BuiltInRecons.SETTLEMENTS);

    vm.reconProperty().set(BuiltInRecons.POSITIONS_CUSTODY);
    assertThat(vm.table().allRows())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.recon()).isEqualTo(BuiltInRecons.POSITIONS_CUSTODY));
    vm.reconProperty().set(BreaksViewModel.ALL_RECONS);
    vm.showProperty().set(Show.DIFFERENCES);
    assertThat(vm.table().allRows())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.kind()).isEqualTo("Matched with difference"));
    assertThat(vm.workPermitted().allowed()).isFalse(); // a viewer looks, a clerk works
    vm.showProperty().set(Show.ALL);
    CurrencyCode reporting = services.firm().reportingCurrency(VIEWER);
    assertThat(vm.table().allRows())
        .as("each amount at stake also in the reporting currency, at its run date's close")
        .allSatisfy(
            r -> {
              assertThat(r.reportingCurrency()).isEqualTo(reporting);
              assertThat(r.amountReporting()).isNotNull();
              if (r.currency().equals(reporting)) {
                assertThat(r.amountReporting()).isEqualByComparingTo(r.amount());
              }
            })
        .anySatisfy(
            r -> {
              assertThat(r.currency()).isNotEqualTo(reporting);
              assertThat(r.amountReporting()).isNotEqualByComparingTo(r.amount());
            });
  }

  @Test
  void aMismatchShowsBothSidesItsDifferingFieldsAndTheBrokersLineAsReceived() {
    BreaksViewModel vm = viewModel(VIEWER);
    BreakRow mismatch = first(vm, BuiltInRecons.TRADES_CONFIRMATIONS, "Field mismatch");

    vm.select(mismatch);

    assertThat(vm.oursProperty().get()).matches("T\\d{8}");
    assertThat(vm.theirsProperty().get()).startsWith("confirmations/").contains(".csv:");
    assertThat(vm.explanationProperty().get()).contains("pass execution id", "price");
    assertThat(vm.differences().allRows())
        .anySatisfy(
            d -> {
              assertThat(d.field()).isEqualTo("price");
              assertThat(d.tolerance()).isEqualTo("beyond tolerance");
            });
    assertThat(vm.receivedProperty().get())
        .startsWith(mismatch.source())
        .contains("client_exec_id: " + mismatch.reference(), "price: ");

    assertThat(vm.obligationProperty().get()).as("no settlement obligation to drill to").isEmpty();
    BreakRow settlement = first(vm, BuiltInRecons.SETTLEMENTS, "Field mismatch");
    vm.select(settlement);
    assertThat(vm.obligationProperty().get())
        .as("the drill to the trade's obligation")
        .matches("T\\d{8}")
        .isEqualTo(settlement.item().ours());

    vm.select(null);
    assertThat(vm.obligationProperty().get()).isEmpty();
    assertThat(vm.differences().allRows()).isEmpty();
    assertThat(vm.receivedProperty().get()).isEmpty();
  }

  @Test
  void aPaymentTheBankDidNotShowListsTheBanksUnmatchedEntriesAsCandidatesBestFirst() {
    BreaksViewModel vm = viewModel(VIEWER);
    List<BreakRow> rows = vm.table().allRows();
    BreakRow missing =
        rows.stream()
            .filter(
                r -> r.recon().equals(BuiltInRecons.CASH_BANK) && r.kind().equals("Missing theirs"))
            .filter(
                r ->
                    rows.stream()
                        .anyMatch(
                            e ->
                                e.recon().equals(BuiltInRecons.CASH_BANK)
                                    && e.item().ours().isEmpty()
                                    && e.currency().equals(r.currency())))
            .findFirst()
            .orElseThrow();

    vm.select(missing);

    List<BreaksViewModel.CandidateRow> candidates = vm.candidates().allRows();
    assertThat(candidates)
        .isNotEmpty()
        .allSatisfy(
            c -> {
              assertThat(c.row().recon()).isEqualTo(BuiltInRecons.CASH_BANK);
              assertThat(c.row().currency()).isEqualTo(missing.currency());
              assertThat(c.row().item().ours()).as("the bank's side only").isEmpty();
              assertThat(c.why()).startsWith("amount ").contains("reference", " +");
              assertThat(c.score()).isBetween(0L, 100L);
            });
    assertThat(candidates)
        .extracting(BreaksViewModel.CandidateRow::score)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());

    vm.selectionChanged(List.of(missing, candidates.get(0).row()));
    assertThat(vm.balanceProperty().get())
        .as("the running difference of a manual match")
        .isEqualTo(BreaksViewModel.balanceOf(List.of(missing, candidates.get(0).row())))
        .startsWith("Ours 1: ")
        .contains(" · Theirs 1: ", " · Difference ")
        .endsWith(" " + missing.currency().code());
    vm.selectionChanged(List.of(missing));
    assertThat(vm.balanceProperty().get()).isEmpty();
  }

  @Test
  void aClerkSavesAViewAndComesBackToItFromAnotherFilter() {
    BreaksViewModel vm = viewModel(CLERK);
    com.tickmark.app.ui.UiState state = com.tickmark.app.ui.UiState.inMemory();
    com.tickmark.app.ui.common.SavedViews views =
        new com.tickmark.app.ui.common.SavedViews(state, "recon.breaks.view.");
    vm.reconProperty().set(BuiltInRecons.CASH_BANK);
    vm.showProperty().set(Show.ALL);
    vm.table().filterTextProperty().set("Missing");
    views.save(" cash, missing ", vm.currentView());
    int shown = vm.table().sortedRows().size();

    vm.reconProperty().set(BreaksViewModel.ALL_RECONS);
    vm.showProperty().set(Show.PROPOSED);
    vm.table().filterTextProperty().set("");
    views.load("cash, missing").ifPresent(vm::applyView);

    assertThat(views.names()).containsExactly("cash, missing");
    assertThat(vm.reconProperty().get()).isEqualTo(BuiltInRecons.CASH_BANK);
    assertThat(vm.showProperty().get()).isEqualTo(Show.ALL);
    assertThat(vm.table().filterTextProperty().get()).isEqualTo("Missing");
    assertThat(vm.table().sortedRows()).hasSize(shown);
    views.delete("cash, missing");
    assertThat(views.names()).isEmpty();
    assertThat(views.load("cash, missing")).isEmpty();
  }

  @Test
  void theRunningDifferenceOfABlockAgainstItsFillsSumsEachSide() {
    BreakRow fill1 = row(1, "T1", "", "600.00");
    BreakRow fill2 = row(2, "T2", "", "400.00");
    BreakRow block = row(3, "", "confirmations/b.csv:4", "1000.25");

    assertThat(BreaksViewModel.balanceOf(List.of(fill1, fill2, block)))
        .isEqualTo("Ours 2: 1,000.00 · Theirs 1: 1,000.25 · Difference 0.25 USD");
  }

  private static BreakRow row(long id, String ours, String theirs, String amount) {
    com.tickmark.model.recon.run.ReconBreak b =
        new com.tickmark.model.recon.run.ReconBreak(
            id,
            BuiltInRecons.TRADES_CONFIRMATIONS,
            BUSINESS_DATE,
            theirs.isEmpty()
                ? com.tickmark.model.recon.run.BreakKind.MISSING_THEIRS
                : com.tickmark.model.recon.run.BreakKind.MISSING_OURS,
            "x" + id,
            "ORD-1",
            "",
            0,
            ours,
            theirs,
            "",
            "",
            List.of(),
            "",
            new java.math.BigDecimal(amount),
            "USD",
            com.tickmark.model.recon.run.BreakState.OPEN,
            "",
            "",
            "",
            1,
            1,
            0,
            "clerk",
            java.time.Instant.EPOCH);
    CurrencyCode usd = new CurrencyCode("USD");
    return BreakRow.of(b, 0, usd, 2, com.tickmark.model.marketdata.ReportingRates.none(usd));
  }

  @Test
  void aClerkAssignsABreakAndAFormLeftOpenOnTheOldVersionIsToldWhoChangedIt() {
    BreaksViewModel vm = viewModel(CLERK);
    BreakRow row = first(vm, BuiltInRecons.CASH_BANK, "Missing theirs");
    ActionForm stale = vm.form(Action.COMMENT, row);
    ActionForm assign = vm.form(Action.ASSIGN, row);
    assertThat(assign.owners()).contains("clerk", "admin");
    assign.ownerProperty().set("admin");
    assign.commentProperty().set("ask the bank for the entry");
    boolean[] closed = {false};

    assign.send(() -> closed[0] = true);

    assertThat(closed[0]).isTrue();
    BreakRow after =
        vm.table().allRows().stream().filter(r -> r.id() == row.id()).findFirst().orElseThrow();
    assertThat(after.state()).isEqualTo("Investigating");
    assertThat(after.owner()).isEqualTo("admin");
    assertThat(vm.noticeProperty().get().text()).contains("owned by admin");

    stale.commentProperty().set("I was looking at it too");
    stale.send(() -> closed[0] = false);
    assertThat(closed[0]).as("the stale form stays open").isTrue();
    assertThat(stale.errorProperty().get())
        .contains("Break " + row.id() + " was changed by clerk", "look at it again");
  }

  @Test
  void aClerkGivesSeveralBreaksAReasonAtOnceAndOneChangedMeanwhileIsNamedNotOverwritten() {
    BreaksViewModel vm = viewModel(CLERK);
    List<BreakRow> positions =
        vm.table().allRows().stream()
            .filter(r -> r.recon().equals(BuiltInRecons.POSITIONS_CUSTODY))
            .limit(3)
            .toList();
    assertThat(positions).hasSize(3);
    ActionForm bulk = vm.form(Action.RESOLVE, positions);
    services
        .area(ReconServices.class)
        .breaks()
        .comment(CLERK, positions.get(2).id(), java.util.OptionalInt.empty(), "looking at it");
    bulk.reasonProperty().set(com.tickmark.model.recon.run.BreakReason.TIMING);
    bulk.commentProperty().set("custodian's cut-off");
    boolean[] closed = {false};

    bulk.send(() -> closed[0] = true);

    assertThat(closed[0]).isTrue();
    assertThat(vm.noticeProperty().get().title()).isEqualTo("Resolve 2 of 3 breaks");
    assertThat(vm.noticeProperty().get().text())
        .contains("Break " + positions.get(2).id() + " was changed by clerk");
    vm.showProperty().set(Show.ALL);
    Map<Long, String> states =
        vm.table().allRows().stream()
            .filter(r -> positions.stream().anyMatch(p -> p.id() == r.id()))
            .collect(java.util.stream.Collectors.toMap(BreakRow::id, BreakRow::state));
    assertThat(states)
        .containsEntry(positions.get(0).id(), "Resolved")
        .containsEntry(positions.get(1).id(), "Resolved")
        .doesNotContainEntry(positions.get(2).id(), "Resolved");
    assertThat(BreaksViewModel.appliesToAll(Action.REOPEN, positions.subList(0, 2))).isFalse();
  }

  @Test
  void anAdministratorMakesAPassProposeFromTheDashboardAndPutsItBack() {
    Actor admin = new Actor(new UserId(1), "admin", Set.of(Role.ADMIN));
    ReconServices recon = services.area(ReconServices.class);
    ReconDashboardViewModel dashboard =
        new ReconDashboardViewModel(
            recon.runs(), recon.definitions(), admin, new DirectTaskExecutor());
    assertThat(
            new ReconDashboardViewModel(
                    recon.runs(), recon.definitions(), CLERK, new DirectTaskExecutor())
                .settingsPermitted()
                .whyNot())
        .contains("MANAGE_REFERENCE_DATA");
    ReconSettingsForm form = dashboard.settingsForm(BuiltInRecons.TRADES_CONFIRMATIONS);
    assertThat(form.stateProperty().get()).isEqualTo("As shipped (version 0)");
    ReconSettingsForm.PassRow first = form.passes().get(0);
    assertThat(first.name()).isEqualTo("execution id");
    assertThat(first.fields()).startsWith("keys reference; compares broker, instrument, side");
    ReconSettingsForm.ToleranceRow price =
        first.tolerances().stream()
            .filter(t -> t.field().equals("price"))
            .findFirst()
            .orElseThrow();
    assertThat(price.absoluteProperty().get()).isEqualTo("0.0001");

    price.absoluteProperty().set("a tick");
    first.modeProperty().set(com.tickmark.model.recon.match.PassMode.PROPOSE);
    boolean[] closed = {false};
    form.send(dashboard::settingsSaved, () -> closed[0] = true);
    assertThat(closed[0]).isFalse();
    assertThat(form.errorProperty().get())
        .isEqualTo("Pass execution id: the absolute tolerance on price is not a number: a tick");

    price.absoluteProperty().set("0.0002");
    form.move(0, 1);
    form.send(dashboard::settingsSaved, () -> closed[0] = true);

    assertThat(closed[0]).isTrue();
    assertThat(dashboard.noticeProperty().get().text()).contains("version 1");
    var now = recon.definitions().current(admin, BuiltInRecons.TRADES_CONFIRMATIONS);
    assertThat(now.version()).isEqualTo(1);
    assertThat(now.settings().passes().get(1).name()).isEqualTo("execution id");
    assertThat(now.settings().passes().get(1).mode())
        .isEqualTo(com.tickmark.model.recon.match.PassMode.PROPOSE);
    assertThat(now.settings().passes().get(1).tolerances())
        .anySatisfy(t -> assertThat(t.absolute()).isEqualByComparingTo("0.0002"));

    ReconSettingsForm again = dashboard.settingsForm(BuiltInRecons.TRADES_CONFIRMATIONS);
    assertThat(again.stateProperty().get()).isEqualTo("Version 1, changed by the firm");
    again.reset(dashboard::settingsSaved, () -> {});
    assertThat(recon.definitions().current(admin, BuiltInRecons.TRADES_CONFIRMATIONS).changed())
        .isFalse();
  }

  @Test
  void theDashboardShowsEachReconsLatestRunItsBreaksToWorkAndItsMatchRateByDay() {
    ReconDashboardViewModel dashboard =
        new ReconDashboardViewModel(
            services.area(ReconServices.class).runs(),
            services.area(ReconServices.class).definitions(),
            VIEWER,
            new DirectTaskExecutor());
    dashboard.activate();
    BreaksViewModel breaks = viewModel(VIEWER);

    assertThat(dashboard.recons().allRows())
        .extracting(ReconDashboardViewModel.ReconRow::recon)
        .containsExactly(
            BuiltInRecons.TRADES_CONFIRMATIONS,
            BuiltInRecons.POSITIONS_CUSTODY,
            BuiltInRecons.CASH_BANK,
            BuiltInRecons.SETTLEMENTS);
    for (ReconDashboardViewModel.ReconRow r : dashboard.recons().allRows()) {
      assertThat(r.runDate()).isEqualTo(BUSINESS_DATE);
      breaks.reconProperty().set(r.recon());
      assertThat(r.toWork()).as(r.recon()).isEqualTo(breaks.table().allRows().size());
      assertThat(r.matched()).isLessThanOrEqualTo(r.ours());
    }
    breaks.reconProperty().set(BreaksViewModel.ALL_RECONS);
    assertThat(dashboard.kinds().allRows().stream().mapToLong(k -> k.toWork()).sum())
        .isEqualTo(breaks.table().allRows().size());
    assertThat(dashboard.bucketsProperty().get()).isEqualTo(bucketsOfAll(breaks));
    assertThat(dashboard.trendsProperty().get())
        .allSatisfy(t -> assertThat(t.matchRate()).hasSize(5).containsKey(BUSINESS_DATE));
  }

  @Test
  void breaksOfOneReconAndDateWithRecordsOnBothSidesAreMatchedByHandAndClose() {
    BreaksViewModel vm = viewModel(CLERK);
    vm.reconProperty().set(BuiltInRecons.POSITIONS_CUSTODY);
    List<BreakRow> rows = vm.table().allRows();
    BreakRow mismatch =
        rows.stream().filter(r -> r.kind().equals("Field mismatch")).findFirst().orElseThrow();
    BreakRow otherDate =
        rows.stream()
            .filter(r -> !r.runDate().equals(mismatch.runDate()))
            .findFirst()
            .orElseThrow();
    assertThat(BreaksViewModel.matchable(List.of(mismatch))).isFalse();
    assertThat(BreaksViewModel.matchable(List.of(mismatch, otherDate))).isFalse();
    BreakRow sameDate =
        rows.stream()
            .filter(r -> r != mismatch && r.runDate().equals(mismatch.runDate()))
            .findFirst()
            .orElseThrow();
    assertThat(BreaksViewModel.matchable(List.of(mismatch, sameDate))).isTrue();

    BreaksViewModel.MatchForm form = vm.matchForm(List.of(mismatch, sameDate));
    form.commentProperty().set("one holding booked under two lines");
    boolean[] closed = {false};
    form.send(() -> closed[0] = true);

    assertThat(form.errorProperty().get()).isEmpty();
    assertThat(closed[0]).isTrue();
    assertThat(vm.table().allRows())
        .extracting(BreakRow::id)
        .doesNotContain(mismatch.id(), sameDate.id());
    assertThat(vm.noticeProperty().get().title()).isEqualTo("Matched by hand");
  }

  private static Map<String, Long> bucketsOfAll(BreaksViewModel vm) {
    vm.reconProperty().set(BreaksViewModel.ALL_RECONS);
    vm.showProperty().set(Show.TO_WORK);
    return vm.bucketsProperty().get();
  }

  @Test
  void onlyMatchesAreUnmatchedAndAnUndoneMatchIsGoneFromTheMatchesShown() {
    BreaksViewModel vm = viewModel(CLERK);
    BreakRow openBreak = vm.table().allRows().get(0);
    vm.showProperty().set(Show.DIFFERENCES);
    BreakRow match = vm.table().allRows().get(0);

    assertThat(BreaksViewModel.whyNotUnmatchable(List.of(match))).isEmpty();
    assertThat(BreaksViewModel.whyNotUnmatchable(List.of()))
        .isEqualTo("Select a match to undo: the matches are shown under \"With a difference\"");
    assertThat(BreaksViewModel.whyNotUnmatchable(List.of(match, openBreak)))
        .startsWith("Break " + openBreak.id() + " is " + openBreak.kind().toLowerCase(Locale.ROOT))
        .endsWith("not a match: only matches are undone");
    BreaksViewModel viewer = viewModel(VIEWER);
    assertThat(viewer.workPermitted().allowed()).isFalse();
    assertThatThrownBy(() -> viewer.unmatchForm(List.of(match)))
        .hasMessageContaining("WORK_RECONCILIATIONS");
    BreaksViewModel.MatchForm refused = vm.unmatchForm(List.of(openBreak));
    assertThat(refused.canSend().get()).isFalse();

    BreaksViewModel.MatchForm form = vm.unmatchForm(List.of(match));
    form.commentProperty().set("the bank's line is another payment");
    boolean[] closed = {false};
    form.send(() -> closed[0] = true);

    assertThat(form.errorProperty().get()).isEmpty();
    assertThat(closed[0]).isTrue();
    assertThat(vm.noticeProperty().get().title()).isEqualTo("Unmatched");
    assertThat(vm.table().allRows()).extracting(BreakRow::id).doesNotContain(match.id());
    BreaksViewModel.MatchForm second = viewModel(CLERK).unmatchForm(List.of(match));
    second.send(() -> {});
    assertThat(second.errorProperty().get())
        .as("a second clerk undoing it from an older screen is told")
        .isEqualTo("There is no break " + match.id() + ".");
  }
}
