package com.tickmark.persistence.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.approval.ApprovalService;
import com.tickmark.model.approval.FourEyesViolationException;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.calendar.Holiday;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.refdata.ReferenceDataException;
import com.tickmark.model.refdata.ReferenceDataKind;
import com.tickmark.model.refdata.ReferenceDataMaintenance;
import com.tickmark.model.refdata.ReferenceDataMaintenance.Outcome;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.TradeField;
import com.tickmark.model.trade.TradeRules;
import com.tickmark.model.trade.TradeTerms;
import com.tickmark.persistence.audit.JooqAuditTrail;
import com.tickmark.persistence.trade.TestTrades;
import com.tickmark.persistence.trade.TradeRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding, editing and retiring reference data on a real workspace database. */
class ReferenceDataMaintenanceTest {
  static final Actor ADA = new Actor(new UserId(1), "ada", Set.of(Role.ADMIN));
  static final Actor BEN = new Actor(new UserId(2), "ben", Set.of(Role.ADMIN));
  static final Actor CLERK = new Actor(new UserId(3), "carla", Set.of(Role.CLERK));
  static final String GOOD_LEI = Lei.withCheckDigits("5493000NEW00000000").value();

  @TempDir Path dir;
  MaintenanceFixture fixture;
  Workspace ws;
  ReferenceDataRepository refdata;
  JooqAuditTrail audit;
  ApprovalService approvals;
  ReferenceDataMaintenance maintenance;

  @BeforeEach
  void open() {
    fixture = new MaintenanceFixture(dir);
    ws = fixture.ws;
    refdata = fixture.refdata;
    audit = fixture.audit;
    approvals = fixture.approvals;
    maintenance = fixture.maintenance;
    ws.run(
        () -> {
          refdata.insertCurrencies(
              List.of(
                  new Currency(CurrencyCode.USD, "US dollar", 2),
                  new Currency(CurrencyCode.EUR, "Euro", 2)));
          refdata.insertCalendars(
              List.of(
                  new HolidayCalendar(
                      "XNYS",
                      "New York Stock Exchange",
                      List.of(new Holiday(LocalDate.of(2025, 7, 4), "Independence Day"))),
                  new HolidayCalendar("TARGET", "TARGET2", List.of())));
          refdata.insertStrategies(List.of(new Strategy("STATARB", "Statistical arbitrage", "")));
          refdata.insertBooks(List.of(RepositoriesRoundTripTest.BOOK));
          refdata.insertCounterparties(
              List.of(RepositoriesRoundTripTest.BROKER, RepositoriesRoundTripTest.CUSTODIAN));
          refdata.insertInstruments(
              List.of(RepositoriesRoundTripTest.ACME, RepositoriesRoundTripTest.EURUSD));
          refdata.insertAccounts(List.of(RepositoriesRoundTripTest.CUSTODY));
        });
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  static Map<String, String> newBroker(String... changes) {
    Map<String, String> v = new HashMap<>();
    v.put("code", "KBC");
    v.put("name", "Kestrel Brokerage Corp");
    v.put("role", "BROKER");
    v.put("lei", GOOD_LEI);
    v.put("bic", "KBCOUS33");
    v.put("country", "US");
    for (int i = 0; i < changes.length; i += 2) {
      v.put(changes[i], changes[i + 1]);
    }
    return v;
  }

  List<AuditRecord> trail(String entity) {
    return fixture.trail(entity);
  }

  Instrument acme() {
    return refdata.instruments().stream()
        .filter(i -> i.symbol().equals("ACME"))
        .findFirst()
        .orElseThrow();
  }

  Counterparty counterparty(String code) {
    return refdata.counterparties().stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAddedCounterpartyIsStoredWithTheNextIdAndAudited() {
    Outcome added =
        maintenance.add(ADA, ReferenceDataKind.COUNTERPARTY, newBroker(), "new executing broker");

    assertThat(added.summary()).isEqualTo("Added counterparty KBC.");
    Counterparty kbc = counterparty("KBC");
    assertThat(kbc.id().value()).as("after the two stored").isEqualTo(3);
    assertThat(kbc.lei().value()).isEqualTo(GOOD_LEI);
    AuditEvent created = trail("Counterparty").get(0).event();
    assertThat(created.actor()).isEqualTo("ada");
    assertThat(created.action()).isEqualTo(AuditAction.CREATE);
    assertThat(created.entityId()).isEqualTo("KBC");
    assertThat(created.after()).contains("\"lei\":\"" + GOOD_LEI + "\"", "\"retired\":false");
    assertThat(created.reason()).isEqualTo("new executing broker");
  }

  @Test
  void anAdditionWithAWrongIsinIsRefusedNamingTheFieldAndNothingIsStoredOrAudited() {
    Map<String, String> equity = new HashMap<>();
    equity.put("symbol", "APPL");
    equity.put("name", "Apple Inc.");
    equity.put("asset-class", "EQUITY");
    equity.put("isin", "US0378331006");
    equity.put("mic", "XNAS");
    equity.put("currency", "USD");
    equity.put("settlement", "T+1 XNYS");

    assertThatThrownBy(
            () -> maintenance.add(ADA, ReferenceDataKind.INSTRUMENT, equity, "new listing"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("isin: check digit is wrong, expected 5");
    assertThat(refdata.instruments()).hasSize(2);
    assertThat(trail("Instrument")).isEmpty();
  }

  @Test
  void onlyAHolderOfManageReferenceDataChangesItAndEveryChangeNeedsAReason() {
    assertThatThrownBy(
            () -> maintenance.add(CLERK, ReferenceDataKind.COUNTERPARTY, newBroker(), "x"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("MANAGE_REFERENCE_DATA");
    assertThatThrownBy(() -> maintenance.retire(ADA, ReferenceDataKind.BOOK, "STATARB-US", " "))
        .hasMessageContaining("Say why");
    assertThat(refdata.counterparties()).hasSize(2);
  }

  @Test
  void anEditOfAnUntradedInstrumentIsMadeAtOnceAndAStaleOneIsRefused() {
    Map<String, String> seen = maintenance.item(ADA, ReferenceDataKind.INSTRUMENT, "acme").values();

    Outcome renamed =
        maintenance.edit(
            ADA,
            ReferenceDataKind.INSTRUMENT,
            "ACME",
            seen,
            Map.of("name", "Acme Corporation"),
            "legal name changed");

    assertThat(renamed.waitsForApproval()).isFalse();
    assertThat(renamed.summary())
        .isEqualTo("Changed instrument ACME: name Acme Corp → Acme Corporation.");
    assertThat(acme().name()).isEqualTo("Acme Corporation");
    AuditEvent amended = trail("Instrument").get(0).event();
    assertThat(amended.action()).isEqualTo(AuditAction.AMEND);
    assertThat(amended.before()).contains("\"name\":\"Acme Corp\"");
    assertThat(amended.after()).contains("\"name\":\"Acme Corporation\"");

    assertThatThrownBy(
            () ->
                maintenance.edit(
                    BEN,
                    ReferenceDataKind.INSTRUMENT,
                    "ACME",
                    seen,
                    Map.of("sector", "Materials"),
                    "from an old screen"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Instrument ACME was changed by someone else after you opened it; open it again and"
                + " make your change once more.");
    assertThat(acme().sector()).isEqualTo("Industrials");
  }

  @Test
  void theStoreReplacesOnlyWhatIsStillAsTheEditorSawIt() {
    Instrument before = acme();
    Instrument stale =
        new Instrument(
            before.id(),
            before.symbol(),
            "Someone else's name",
            before.assetClass(),
            before.isin(),
            before.mic(),
            before.currency(),
            before.baseCurrency(),
            before.sector(),
            before.country(),
            before.settlement());
    assertThat(ws.inTransaction(() -> refdata.replace(stale, before.withRetired(true)))).isFalse();
    assertThat(acme().retired()).isFalse();
    assertThat(ws.inTransaction(() -> refdata.replace(before, before.withRetired(true)))).isTrue();
    assertThat(acme().retired()).isTrue();
  }

  @Test
  void aCounterpartysNewLeiWaitsForASecondAdministratorWhileItsNameChangesAtOnce() {
    Outcome renamed =
        maintenance.edit(
            ADA,
            ReferenceDataKind.COUNTERPARTY,
            "NBS",
            null,
            Map.of("name", "Northbridge Securities LLP"),
            "converted to an LLP");
    assertThat(renamed.waitsForApproval()).isFalse();

    String oldLei = counterparty("NBS").lei().value();
    Outcome request =
        maintenance.edit(
            ADA,
            ReferenceDataKind.COUNTERPARTY,
            "NBS",
            null,
            Map.of("lei", GOOD_LEI),
            "LEI reissued after the merger");

    assertThat(request.waitsForApproval()).isTrue();
    assertThat(request.summary())
        .isEqualTo("Change counterparty NBS: lei " + oldLei + " → " + GOOD_LEI);
    assertThat(counterparty("NBS").lei().value()).as("until approved").isEqualTo(oldLei);
    assertThat(trail("Counterparty"))
        .extracting(r -> r.event().action())
        .containsExactly(AuditAction.AMEND, AuditAction.SUBMIT_FOR_APPROVAL);

    assertThatThrownBy(() -> approvals.approve(ADA, request.request().id(), "ok"))
        .isInstanceOf(FourEyesViolationException.class);
    assertThatThrownBy(() -> approvals.approve(CLERK, request.request().id(), "ok"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("MANAGE_REFERENCE_DATA");
    assertThat(approvals.inbox(BEN))
        .extracting(r -> r.id())
        .containsExactly(request.request().id());

    approvals.approve(BEN, request.request().id(), "checked against GLEIF");

    assertThat(counterparty("NBS").lei().value()).isEqualTo(GOOD_LEI);
    assertThat(counterparty("NBS").name()).isEqualTo("Northbridge Securities LLP");
    AuditEvent applied = trail("Counterparty").get(2).event();
    assertThat(applied.actor()).isEqualTo("ben");
    assertThat(applied.action()).isEqualTo(AuditAction.AMEND);
    assertThat(applied.reason())
        .isEqualTo("approved request #1 of ada: LEI reissued after the merger");
  }

  @Test
  void anInstrumentThatTradesNameChangesOnlyWithApprovalAndNotIfItChangedMeanwhile() {
    ws.run(() -> new TradeRepository(ws.dsl()).insertAll(List.of(TestTrades.trade(1))));

    Outcome request =
        maintenance.edit(
            ADA,
            ReferenceDataKind.INSTRUMENT,
            "ACME",
            null,
            Map.of("settlement", "T+2 XNYS"),
            "the exchange moved to T+2");
    assertThat(request.waitsForApproval()).isTrue();
    assertThat(request.summary())
        .isEqualTo("Change instrument ACME: settlement T+1 XNYS → T+2 XNYS (trades name it)");
    assertThat(acme().settlement().lagDays()).isEqualTo(1);

    Outcome second =
        maintenance.edit(
            ADA,
            ReferenceDataKind.INSTRUMENT,
            "ACME",
            null,
            Map.of("sector", "Materials"),
            "reclassified");
    approvals.approve(BEN, second.request().id(), "ok");
    assertThat(acme().sector()).isEqualTo("Materials");

    assertThatThrownBy(() -> approvals.approve(BEN, request.request().id(), "ok"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Instrument ACME changed after request #1 was made; reject it and ask again.");
    assertThat(acme().settlement().lagDays()).as("nothing applied").isEqualTo(1);
  }

  @Test
  void aRetiredInstrumentStaysForItsTradesButTakesNoNewOneUntilReinstated() {
    Outcome retired = maintenance.retire(ADA, ReferenceDataKind.INSTRUMENT, "acme", "delisted");
    assertThat(retired.summary()).isEqualTo("Retired instrument ACME.");
    assertThat(acme().retired()).as("kept, not deleted").isTrue();
    AuditEvent event = trail("Instrument").get(0).event();
    assertThat(event.action()).isEqualTo(AuditAction.STATUS_CHANGE);
    assertThat(event.before()).contains("\"retired\":false");
    assertThat(event.after()).contains("\"retired\":true");
    assertThat(newTradeProblems())
        .containsExactly("SYMBOL: ACME is retired and takes no new trades");
    assertThatThrownBy(() -> maintenance.retire(ADA, ReferenceDataKind.INSTRUMENT, "ACME", "again"))
        .hasMessage("Instrument ACME is already retired.");

    maintenance.reinstate(ADA, ReferenceDataKind.INSTRUMENT, "ACME", "relisted");
    assertThat(newTradeProblems()).isEmpty();
  }

  private List<String> newTradeProblems() {
    TradeRules.Problems problems = new TradeRules.Problems();
    TradeRules.of(refdata, (i, d) -> Optional.empty(), LocalDate.of(2025, 11, 20))
        .check(
            new TradeTerms(
                "STATARB-US",
                "ACME",
                null,
                "NBS",
                null,
                Side.BUY,
                new BigDecimal("100"),
                new BigDecimal("10"),
                null,
                null,
                null,
                LocalDate.of(2025, 11, 20),
                null),
            problems);
    return problems.list().stream()
        .filter(p -> p.field() != TradeField.SETTLEMENT_DATE)
        .map(p -> p.field() + ": " + p.message())
        .toList();
  }

  @Test
  void aCalendarsHolidaysAreAddedAndRemovedOneByOneAndAudited() {
    LocalDate christmasEve = LocalDate.of(2026, 12, 24);
    assertThat(
            maintenance
                .addHoliday(ADA, "xnys", christmasEve, "Christmas Eve", "declared a holiday")
                .summary())
        .isEqualTo("Added 2026-12-24 Christmas Eve to calendar XNYS.");
    assertThat(refdata.calendars().get("XNYS").isHoliday(christmasEve)).isTrue();
    assertThatThrownBy(
            () ->
                maintenance.addHoliday(
                    ADA, "XNYS", LocalDate.of(2026, 12, 26), "Boxing Day", "not in New York"))
        .hasMessage("date: 2026-12-26 is a Saturday; weekends are never business days anyway");

    maintenance.removeHoliday(ADA, "XNYS", LocalDate.of(2025, 7, 4), "test of removal");
    assertThat(refdata.calendars().get("XNYS").holidays())
        .containsExactly(new Holiday(christmasEve, "Christmas Eve"));
    assertThat(trail("HolidayCalendar"))
        .extracting(r -> r.event().before() + " | " + r.event().after())
        .containsExactly(
            " | {\"date\":\"2026-12-24\",\"name\":\"Christmas Eve\"}",
            "{\"date\":\"2025-07-04\",\"name\":\"Independence Day\"} | ");
    assertThatThrownBy(
            () -> maintenance.removeHoliday(ADA, "XNYS", LocalDate.of(2025, 7, 4), "twice"))
        .hasMessage("2025-07-04 is not a holiday in XNYS.");
  }

  @Test
  void aRetiredCalendarIsNotOfferedForANewSettlementConvention() {
    maintenance.retire(ADA, ReferenceDataKind.CALENDAR, "TARGET", "replaced by T2");
    assertThat(refdata.calendars().get("TARGET").retired()).isTrue();
    assertThatThrownBy(
            () ->
                maintenance.edit(
                    ADA,
                    ReferenceDataKind.INSTRUMENT,
                    "EUR/USD",
                    null,
                    Map.of("settlement", "T+1 TARGET,XNYS"),
                    "T+1"))
        .hasMessage("settlement: calendar TARGET is retired");
  }
}
