package com.tickmark.app.ui.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.refdata.ReferenceDataServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.refdata.Rows.CounterpartyRow;
import com.tickmark.app.ui.refdata.Rows.InstrumentRow;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.refdata.ReferenceDataKind;
import com.tickmark.model.refdata.ReferenceDataMaintenance;
import com.tickmark.model.refdata.ReferenceDataMaintenance.Outcome;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reference data screen's edit commands, without a toolkit, over a fixture workspace. */
class ReferenceDataEditingTest {
  static final Actor ADMIN = new Actor(new UserId(1), RefDataFixture.USER, Set.of(Role.ADMIN));
  static final Actor VIEWER = new Actor(new UserId(2), "vera", Set.of(Role.VIEWER));

  @TempDir Path dir;
  Workspace workspace;
  AppServices services;
  DirectTaskExecutor executor = new DirectTaskExecutor();
  ReferenceDataViewModel screen;
  ReferenceDataEditing editing;
  final List<Outcome> done = new ArrayList<>();

  @BeforeEach
  void open() {
    workspace = RefDataFixture.create(dir, 5);
    services = RefDataFixture.services(workspace);
    screen =
        new ReferenceDataViewModel(
            WorkspaceReferenceDataSource.of(
                RefDataFixture.screenContext(
                    workspace, executor, new TaskMonitor(), UiState.inMemory())),
            executor,
            Clock.systemUTC());
    screen.activate();
    editing = editing(ADMIN);
    editing.setOnChanged(screen::refresh);
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  ReferenceDataEditing editing(Actor actor) {
    return new ReferenceDataEditing(maintenance(), actor, executor);
  }

  ReferenceDataMaintenance maintenance() {
    return services.area(ReferenceDataServices.class).maintenance();
  }

  /** Sends the form; what was done goes to the screen as a dialog's OK would. */
  void send(ChangeForm form) {
    form.send(
        outcome -> {
          done.add(outcome);
          editing.done(outcome);
        });
  }

  InstrumentRow instrument(String symbol) {
    return screen.instruments().allRows().stream()
        .filter(r -> r.symbol().equals(symbol))
        .findFirst()
        .orElseThrow();
  }

  CounterpartyRow counterparty(String code) {
    return screen.counterparties().allRows().stream()
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aUserWithoutThePermissionMaySendNothingAndIsToldWhoMay() {
    ReferenceDataEditing viewer = editing(VIEWER);
    assertThat(viewer.permitted().allowed()).isFalse();
    assertThat(viewer.permitted().whyNot())
        .isEqualTo(
            "You may not change reference data: that needs the MANAGE_REFERENCE_DATA permission,"
                + " which the Administrator role holds; you are Viewer.");
    ChangeForm form = viewer.addForm(ReferenceDataKind.BOOK);
    form.load();
    assertThat(form.loadedProperty().get()).isTrue();
    assertThat(form.canSendProperty().get()).isFalse();
    assertThat(editing.permitted().allowed()).isTrue();
  }

  @Test
  void aProblemShowsOnceItsFieldIsLeftAndOkShowsEveryOneWithoutSending() {
    ChangeForm form = editing.addForm(ReferenceDataKind.COUNTERPARTY);
    form.load();
    assertThat(form.problem("code").get()).as("a new form is not all red").isEmpty();
    assertThat(form.choices("role")).containsExactly("BROKER", "CUSTODIAN", "BANK");
    assertThat(form.shown("role", "CUSTODIAN")).isEqualTo("Custodian");

    form.value("lei").set("FOR8UP27PHTHYVLBNG00");
    assertThat(form.problem("lei").get()).as("not while still in the field").isEmpty();
    form.problem("lei").touch();
    assertThat(form.problem("lei").get()).startsWith("check digits are wrong, expected ");
    assertThat(form.problem("code").get()).as("not left yet").isEmpty();
    form.problem("code").touch();
    assertThat(form.problem("code").get()).isEqualTo("is required");

    send(form);
    assertThat(done).isEmpty();
    assertThat(form.problem("bic").get()).isEqualTo("is required");
    assertThat(form.problem(ChangeForm.REASON).get()).startsWith("say why");
    assertThat(screen.counterparties().allRows()).hasSize(5);
  }

  @Test
  void anEditStartsFromTheStoredFieldsAndTheScreenShowsTheChange() {
    ChangeForm form = editing.editForm(ReferenceDataKind.INSTRUMENT, "AAPL");
    form.load();
    assertThat(form.value("name").get()).isEqualTo("Apple Inc.");
    assertThat(form.value("settlement").get()).isEqualTo("T+1 XNYS");

    form.value("sector").set("Consumer Electronics");
    form.value(ChangeForm.REASON).set("GICS reclassification");
    send(form);

    assertThat(done)
        .extracting(Outcome::summary)
        .containsExactly(
            "Changed instrument AAPL: sector Information Technology → Consumer Electronics.");
    assertThat(instrument("AAPL").sector()).as("read again").isEqualTo("Consumer Electronics");
    assertThat(editing.noticeProperty().get().text()).startsWith("Changed instrument AAPL");
  }

  @Test
  void anEditOfSomethingChangedMeanwhileStaysOnTheFormWithASentence() {
    ChangeForm form = editing.editForm(ReferenceDataKind.COUNTERPARTY, "MSCO");
    form.load();
    maintenance()
        .edit(
            new Actor(new UserId(3), "other", Set.of(Role.ADMIN)),
            ReferenceDataKind.COUNTERPARTY,
            "MSCO",
            null,
            Map.of("name", "Morgan Stanley & Co. International"),
            "someone else was quicker");

    form.value("country").set("GB");
    form.value(ChangeForm.REASON).set("moved");
    send(form);

    assertThat(done).isEmpty();
    assertThat(form.errorProperty().get())
        .isEqualTo(
            "Counterparty MSCO was changed by someone else after you opened it; open it again"
                + " and make your change once more.");
  }

  @Test
  void aNewLeiWaitsForASecondAdministratorAndTheScreenSaysSo() {
    String lei = Lei.withCheckDigits("5493000GSC00000000").value();
    ChangeForm form = editing.editForm(ReferenceDataKind.COUNTERPARTY, "GSCO");
    form.load();
    form.value("lei").set(lei);
    form.value(ChangeForm.REASON).set("LEI corrected");
    send(form);

    assertThat(editing.noticeProperty().get().title())
        .isEqualTo("Waiting for a second administrator");
    assertThat(editing.noticeProperty().get().text())
        .startsWith("Request #1 waits for approval: Change counterparty")
        .endsWith(" → " + lei + ".");
    assertThat(counterparty("GSCO").lei()).as("unchanged until approved").isNotEqualTo(lei);
  }

  @Test
  void aRetiredItemIsMarkedAndIsNotOfferedToNewAccounts() {
    ChangeForm retire = editing.retireForm(ReferenceDataKind.COUNTERPARTY, "BNYM", false);
    retire.load();
    assertThat(retire.title()).isEqualTo("Retire counterparty BNYM");
    retire.value(ChangeForm.REASON).set("custody moved");
    send(retire);

    assertThat(counterparty("BNYM").retired()).isTrue();
    assertThat(screen.counterparties().columnIds()).contains("status");
    ChangeForm account = editing.addForm(ReferenceDataKind.ACCOUNT);
    account.load();
    assertThat(account.choices("provider")).contains("GSCO", "JPMC").doesNotContain("BNYM");

    ChangeForm reinstate = editing.retireForm(ReferenceDataKind.COUNTERPARTY, "BNYM", true);
    reinstate.load();
    assertThat(reinstate.okText()).isEqualTo("Reinstate");
    reinstate.value(ChangeForm.REASON).set("back");
    send(reinstate);
    assertThat(counterparty("BNYM").retired()).isFalse();
  }

  @Test
  void anSsiFormOffersBrokersAndAccountsOfTheRightTypeAndTheAdditionWaitsForApproval() {
    ChangeForm form = editing.addForm(ReferenceDataKind.SSI);
    form.load();
    assertThat(form.title()).isEqualTo("Add an SSI");
    assertThat(form.choices("counterparty")).containsExactly("GSCO", "MSCO");
    assertThat(form.choices("our-custody-account")).containsExactly("CUST-BNYM-01");
    assertThat(form.choices("our-cash-account")).containsExactly("CASH-BARC-GBP", "CASH-JPMC-USD");
    assertThat(form.shown("asset-class", "EQUITY")).as("the label users know").isEqualTo("Equity");
    assertThat(form.code("asset-class", "equity")).isEqualTo("EQUITY");
    assertThat(form.shown("counterparty", "MSCO")).startsWith("MSCO · ").hasSizeGreaterThan(7);
    assertThat(form.code("counterparty", form.shown("counterparty", "MSCO"))).isEqualTo("MSCO");
    assertThat(form.code("counterparty", "NOPE")).as("kept as typed").isEqualTo("NOPE");

    form.value("code").set("MSCO-EQ-US");
    form.value("counterparty").set("MSCO");
    form.value("asset-class").set("EQUITY");
    form.value("currency").set("USD");
    form.value("country").set("US");
    form.value("place-of-settlement").set("DTCYUS33");
    form.value("our-custody-account").set("CUST-BNYM-01");
    form.value("our-cash-account").set("CASH-BARC-GBP");
    form.value("agent-bic").set("MSNYUS33");
    form.value("their-account").set("DTC 0050");
    form.problem("our-cash-account").touch();
    assertThat(form.problem("our-cash-account").get())
        .isEqualTo("CASH-BARC-GBP is a GBP account; this SSI settles USD");
    form.value("our-cash-account").set("CASH-JPMC-USD");
    form.value(ChangeForm.REASON).set("new broker");
    send(form);

    assertThat(editing.noticeProperty().get().title())
        .isEqualTo("Waiting for a second administrator");
    assertThat(editing.noticeProperty().get().text())
        .startsWith("Request #1 waits for approval: Add SSI MSCO-EQ-US: code MSCO-EQ-US,");
    assertThat(screen.ssis().allRows())
        .extracting(Rows.SsiRow::code)
        .containsExactly("GSCO-EQ-US", "GSCO-FX-GBP");
  }

  @Test
  void aHolidayIsGivenAsAnIsoDateOnAWeekday() {
    ChangeForm form = editing.addHolidayForm("XNYS");
    form.load();
    form.value("date").set("24/12/2026");
    form.problem("date").touch();
    assertThat(form.problem("date").get())
        .isEqualTo("write the date as YYYY-MM-DD, e.g. 2026-12-24, not '24/12/2026'");
    form.value("date").set("2026-12-26");
    assertThat(form.problem("date").get())
        .isEqualTo("2026-12-26 is a Saturday; weekends are never business days anyway");
    form.value("date").set("2026-12-24");
    form.value("name").set("Christmas Eve");
    form.value(ChangeForm.REASON).set("declared a holiday");
    send(form);

    assertThat(done)
        .extracting(Outcome::summary)
        .containsExactly("Added 2026-12-24 Christmas Eve to calendar XNYS.");
    assertThat(screen.calendar("XNYS").isHoliday(LocalDate.of(2026, 12, 24))).isTrue();
  }
}
