package com.tickmark.app.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.audit.AuditViewModel.AuditRow;
import com.tickmark.app.ui.common.Changes.FieldChange;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.trade.NewTrade;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeAmendment;
import com.tickmark.model.trade.TradeService;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditViewModelTest {
  @TempDir Path dir;
  @TempDir Path out;
  SecurityFixture fx;
  Actor compliance;

  @BeforeEach
  void setUp() {
    fx = SecurityFixture.create(dir);
    fx.user("alice", Role.CLERK);
    compliance = fx.user("carol", Role.COMPLIANCE);
    fx.services
        .users()
        .requestRoleChange(fx.admin, "alice", EnumSet.of(Role.CLERK, Role.VIEWER), "reads reports");
    fx.services.users().disable(fx.admin, "alice", "left the desk");
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  private AuditViewModel viewModelOf(Actor actor) {
    AuditViewModel vm =
        new AuditViewModel(
            fx.services.audit(),
            fx.services.exports(),
            fx.services.referenceData(),
            actor,
            new DirectTaskExecutor(),
            Clock.systemUTC());
    vm.activate();
    return vm;
  }

  private List<Long> shownSeqs(AuditViewModel vm) {
    return vm.records().sortedRows().stream().map(AuditRow::seq).toList();
  }

  @Test
  void theFilterNarrowsByUserEntityActionAndDay() {
    AuditViewModel vm = viewModelOf(compliance);
    List<AuditRecord> all = fx.services.audit().search(fx.admin, AuditFilter.all());
    assertThat(vm.records().allRows()).hasSize(all.size());
    assertThat(vm.knownUsers()).contains("tester", "alice", "carol");
    assertThat(vm.knownEntityTypes()).contains("User").isSorted().doesNotHaveDuplicates();

    vm.userProperty().set("tester");
    vm.actionProperty().set(AuditAction.CREATE);
    vm.search();
    assertThat(vm.records().allRows())
        .extracting(AuditRow::entityId)
        .containsExactlyInAnyOrder("tester", "alice", "carol");

    vm.actionProperty().set(null);
    vm.entityTypeProperty().set("User");
    vm.entityIdProperty().set("alice");
    vm.search();
    assertThat(vm.records().allRows())
        .extracting(AuditRow::action)
        .containsExactlyInAnyOrder("Create", "Submit for approval", "Status change");

    vm.clearFilter();
    assertThat(vm.records().allRows()).hasSize(all.size());

    LocalDate newest = LocalDate.ofInstant(all.get(0).event().at(), ZoneOffset.UTC);
    LocalDate oldest = LocalDate.ofInstant(all.get(all.size() - 1).event().at(), ZoneOffset.UTC);
    vm.fromProperty().set(oldest);
    vm.toProperty().set(newest);
    vm.search();
    assertThat(vm.records().allRows()).as("both days are included").hasSize(all.size());
    vm.fromProperty().set(newest.plusDays(1));
    vm.toProperty().set(null);
    vm.search();
    assertThat(vm.records().allRows()).isEmpty();
    vm.fromProperty().set(null);
    vm.toProperty().set(oldest.minusDays(1));
    vm.search();
    assertThat(vm.records().allRows()).isEmpty();
  }

  @Test
  void aTradesBeforeAndAfterReadInCodesNamesAndTheCurrencysDecimals() {
    Actor clerk = fx.user("carla", Role.CLERK);
    TradeService trades = fx.services.trades();
    Trade t =
        trades.capture(
            clerk,
            new NewTrade(
                "MOMO-EU",
                "SAP",
                Side.SELL,
                new BigDecimal("1000"),
                new BigDecimal("210.5"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "GSCO",
                null,
                null,
                null,
                null),
            "phone trade");
    trades.amend(
        clerk,
        t.id(),
        new TradeAmendment(new BigDecimal("900"), null, null, null, null),
        "partial fill");

    AuditViewModel vm = viewModelOf(compliance);
    AuditRow amended =
        vm.records().allRows().stream()
            .filter(r -> r.action().equals("Amend") && r.entityId().equals(t.id().display()))
            .findFirst()
            .orElseThrow();
    List<FieldChange> changes = vm.changesOf(amended);

    assertThat(changes.subList(0, 3))
        .containsExactly(
            new FieldChange("Version", "1", "2"),
            new FieldChange("Quantity", "1,000", "900"),
            new FieldChange("Notional", "210,500.00", "189,450.00"));
    assertThat(changes)
        .contains(
            new FieldChange("Book", "MOMO-EU", "MOMO-EU"),
            new FieldChange("Instrument", "SAP · SAP SE", "SAP · SAP SE"),
            new FieldChange("Price", "210.50", "210.50"),
            new FieldChange("Commission", "0.00", "0.00"),
            new FieldChange("Account", "", ""));
  }

  @Test
  void daysTheWrongWayRoundCannotBeSearched() {
    AuditViewModel vm = viewModelOf(compliance);
    vm.fromProperty().set(LocalDate.of(2025, 11, 20));
    vm.toProperty().set(LocalDate.of(2025, 11, 19));
    assertThat(vm.canSearchProperty().get()).isFalse();
    vm.toProperty().set(LocalDate.of(2025, 11, 20));
    assertThat(vm.canSearchProperty().get()).isTrue();
  }

  @Test
  void verifyingAnIntactTrailSaysHowManyRecordsVerified() {
    AuditViewModel vm = viewModelOf(compliance);
    vm.verify();
    assertThat(vm.verdictProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
    assertThat(vm.verdictProperty().get().text())
        .startsWith(vm.records().allRows().size() + " records verified");
  }

  @Test
  void verifyingAfterARecordWasEditedInTheDatabaseNamesAndPicksThatRecord() {
    AuditViewModel vm = viewModelOf(compliance);
    fx.workspace.dsl().execute("UPDATE audit_record SET reason='x' WHERE seq=3");

    vm.verify();

    assertThat(vm.verificationProperty().get().firstBadSequence()).contains(3L);
    assertThat(vm.verdictProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
    assertThat(vm.verdictProperty().get().title())
        .isEqualTo("The audit trail does not verify at record 3");
    assertThat(vm.verdictProperty().get().text()).contains("edited after it was written");
    assertThat(vm.selectedProperty().get()).isNotNull();
    assertThat(vm.selectedProperty().get().seq()).isEqualTo(3);
  }

  @Test
  void exportWritesTheRecordsShownToExcelAndLeavesAnExportRecord() throws Exception {
    AuditViewModel vm = viewModelOf(compliance);
    vm.records().filterTextProperty().set("alice");
    List<Long> shown = shownSeqs(vm);
    assertThat(shown).hasSizeBetween(2, vm.records().allRows().size() - 1);
    assertThat(vm.canExportProperty().get()).isTrue();
    Path file = out.resolve("audit.xlsx");

    vm.export(file);

    assertThat(vm.noticeProperty().get().kind())
        .as(vm.noticeProperty().get().text())
        .isEqualTo(Notice.Kind.SUCCESS);
    try (InputStream in = Files.newInputStream(file);
        Workbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheet("Audit records");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Seq");
      assertThat(sheet.getLastRowNum()).isEqualTo(shown.size());
      for (int i = 0; i < shown.size(); i++) {
        Row row = sheet.getRow(i + 1);
        assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(shown.get(i));
      }
    }
    List<AuditRecord> exports =
        fx.services
            .audit()
            .search(
                fx.admin,
                new AuditFilter(
                    "carol",
                    "Export",
                    AuditViewModel.EXPORT_NAME,
                    AuditAction.EXPORT,
                    null,
                    null,
                    10));
    assertThat(exports).hasSize(1);
    assertThat(exports.get(0).event().after())
        .contains("\"rows\":" + shown.size())
        .contains("xlsx")
        .contains("\"Quick filter\":\"alice\"");
  }

  @Test
  void aUserWithoutTheAuditPermissionCannotSearchOrVerify() {
    assertThat(viewModelOf(compliance).canSearchProperty().get()).isTrue();

    AuditViewModel vm = viewModelOf(fx.user("dave", Role.CLERK));
    assertThat(vm.canSearchProperty().get()).isFalse();
    assertThat(vm.canVerifyProperty().get()).isFalse();
    assertThat(vm.records().allRows()).isEmpty();
    assertThat(vm.noticeProperty().get().text()).contains("VIEW_AUDIT");
  }
}
