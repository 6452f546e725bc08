package com.tickmark.app.ui.fixrepair;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.fixrepair.FixRepairViewModel.RepairRow;
import com.tickmark.app.ui.fixture.FixMessagesFixture;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.fix.DropCopyService;
import com.tickmark.model.trade.fix.RepairItem;
import com.tickmark.persistence.trade.fix.DropCopyRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixRepairViewModelTest {
  @TempDir Path dir;
  SecurityFixture fx;
  Actor clerk;

  @BeforeEach
  void setUp() {
    fx = SecurityFixture.create(dir);
    clerk = fx.user("carla", Role.CLERK);
    DropCopyService dropCopy = fx.services.dropCopy(Map.of("OMS1", "GSCO"));
    dropCopy.process(
        clerk,
        List.of(
            FixMessagesFixture.newExecution("E1", "XS0000000009", "100", "210.5"),
            FixMessagesFixture.newExecution("E2", FixMessagesFixture.SAP_ISIN, "100", "210.5"),
            FixMessagesFixture.newExecution("E3", "XS0000000017", "5", "1")));
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  FixRepairViewModel vm(Actor actor) {
    FixRepairViewModel vm =
        new FixRepairViewModel(
            () -> fx.services.dropCopy(Map.of("OMS1", "GSCO")), actor, new DirectTaskExecutor());
    vm.activate();
    return vm;
  }

  @Test
  void listsTheOpenItemsWithWhyTheyWaitAndTheMessageField() {
    FixRepairViewModel vm = vm(clerk);
    assertThat(vm.rows().allRows()).extracting(RepairRow::execId).containsExactly("E1", "E3");
    RepairRow first = vm.rows().allRows().get(0);
    assertThat(first.type()).isEqualTo("New");
    assertThat(first.side()).isEqualTo("BUY");
    assertThat(first.instrument()).isEqualTo("XS0000000009 (SAP)");
    assertThat(vm.rows().column("price").displayOfRow(first))
        .as("as the blotter shows prices, not as the message wrote it (210.5)")
        .isEqualTo("210.50");
    assertThat(vm.rows().column("quantity").displayOfRow(first)).isEqualTo("100");
    assertThat(first.reason()).contains("XS0000000009");
    assertThat(first.fields()).contains("17=E1\n").contains("48=XS0000000009");
    assertThat(vm.canActProperty().get()).as("nothing picked").isFalse();
    vm.selectedProperty().set(first);
    assertThat(vm.canActProperty().get()).isTrue();
  }

  @Test
  void dismissingAnItemTakesItOffTheQueueAndAuditsTheReason() {
    FixRepairViewModel vm = vm(clerk);
    RepairRow e1 = vm.rows().allRows().get(0);
    vm.selectedProperty().set(e1);
    vm.dismiss("test message from the OMS");
    assertThat(vm.rows().allRows()).extracting(RepairRow::execId).containsExactly("E3");
    assertThat(vm.noticeProperty().get().title())
        .isEqualTo("Repair item #" + e1.id() + " dismissed");
    assertThat(new DropCopyRepository(fx.workspace.dsl()).repairItem(e1.id()).orElseThrow().state())
        .isEqualTo(RepairItem.DISMISSED);
    assertThat(
            fx.services
                .audit()
                .search(
                    fx.admin,
                    new AuditFilter(
                        null, DropCopyService.REPAIR_ENTITY, null, null, null, null, 10)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.event().action()).isEqualTo(AuditAction.STATUS_CHANGE);
              assertThat(r.event().actor()).isEqualTo("carla");
              assertThat(r.event().reason()).isEqualTo("test message from the OMS");
            });
  }

  @Test
  void aRetryThatStillFailsSaysWhyAndKeepsTheItem() {
    FixRepairViewModel vm = vm(clerk);
    RepairRow e1 = vm.rows().allRows().get(0);
    vm.selectedProperty().set(e1);
    vm.retry("instrument added?");
    assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
    assertThat(vm.noticeProperty().get().text())
        .startsWith("Repair item #" + e1.id() + " still cannot be booked");
    assertThat(vm.rows().allRows()).hasSize(2);
    assertThat(vm.selectedProperty().get()).as("still picked").isEqualTo(e1);
  }

  @Test
  void aCorrectionOrBustOfAConfirmedTradeBecomesARequestASecondPersonApproves() {
    DropCopyService dropCopy = fx.services.dropCopy(Map.of("OMS1", "GSCO"));
    DropCopyRepository reports = new DropCopyRepository(fx.workspace.dsl());
    TradeId sap = reports.tradeFor("E2").orElseThrow();
    fx.services.trades().confirm(clerk, sap, "confirmed");
    dropCopy.process(clerk, List.of(FixMessagesFixture.correction("C1", "E2", "80", "211")));
    FixRepairViewModel vm = vm(clerk);
    RepairRow c1 =
        vm.rows().allRows().stream().filter(r -> r.execId().equals("C1")).findFirst().orElseThrow();
    assertThat(c1.reason()).contains("which is CONFIRMED");

    vm.selectedProperty().set(c1);
    vm.retry("the broker corrected the fill");
    assertThat(vm.noticeProperty().get().title())
        .isEqualTo("Repair item #" + c1.id() + " sent for approval");
    assertThat(vm.noticeProperty().get().text())
        .startsWith(
            "Correction of " + sap.display() + " (CONFIRMED) sent for approval as request #");
    assertThat(vm.rows().allRows()).extracting(RepairRow::execId).doesNotContain("C1");
    assertThat(fx.services.trades().find(clerk, sap).orElseThrow().quantity())
        .as("unchanged until approved")
        .isEqualByComparingTo("100");

    Actor risk = fx.user("rita", Role.RISK_MANAGER);
    ApprovalRequest request =
        fx.services.approvals().inbox(risk).stream()
            .filter(r -> r.entityId().equals(sap.display()))
            .findFirst()
            .orElseThrow();
    assertThat(request.maker()).as("the clerk who retried asks").isEqualTo("carla");
    assertThat(request.reason())
        .isEqualTo(
            "FIX correction C1 (repair item #" + c1.id() + "): the broker corrected the fill");
    fx.services.approvals().approve(risk, request.id(), "checked with the broker");
    Trade corrected = fx.services.trades().find(clerk, sap).orElseThrow();
    assertThat(corrected.version()).isEqualTo(3);
    assertThat(corrected.quantity()).isEqualByComparingTo("80");
    assertThat(corrected.price()).isEqualByComparingTo("211");

    dropCopy.process(clerk, List.of(FixMessagesFixture.bust("B1", "E2", "80", "211")));
    vm.refresh();
    RepairRow b1 =
        vm.rows().allRows().stream().filter(r -> r.execId().equals("B1")).findFirst().orElseThrow();
    vm.selectedProperty().set(b1);
    vm.retry("busted by the broker");
    ApprovalRequest cancel =
        fx.services.approvals().inbox(risk).stream()
            .filter(r -> r.entityId().equals(sap.display()))
            .findFirst()
            .orElseThrow();
    fx.services.approvals().approve(risk, cancel.id(), "ok");
    assertThat(fx.services.trades().find(clerk, sap).orElseThrow().status())
        .isEqualTo(TradeStatus.CANCELLED);
  }

  @Test
  void aViewerSeesTheQueueButCannotWorkIt() {
    FixRepairViewModel vm = vm(fx.user("vera", Role.VIEWER));
    assertThat(vm.rows().allRows()).hasSize(2);
    vm.selectedProperty().set(vm.rows().allRows().get(0));
    assertThat(vm.canActProperty().get()).isFalse();
  }
}
