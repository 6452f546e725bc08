package com.tickmark.app.ui.fixrepair;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.audit.Notice;
import com.tickmark.app.ui.fixture.FixMessagesFixture;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.fixrepair.FixRepairViewModel.RepairRow;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
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
    dropCopy.process(clerk, List.of(FixMessagesFixture.newExecution("E1", "XS0000000009", "100", "210.5"),
        FixMessagesFixture.newExecution("E2", FixMessagesFixture.SAP_ISIN, "100", "210.5"),
        FixMessagesFixture.newExecution("E3", "XS0000000017", "5", "1")));
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  FixRepairViewModel vm(Actor actor) {
    FixRepairViewModel vm = new FixRepairViewModel(() -> fx.services.dropCopy(Map.of("OMS1", "GSCO")), actor, new DirectTaskExecutor());
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
    assertThat(vm.noticeProperty().get().title()).isEqualTo("Repair item #" + e1.id() + " dismissed");
    assertThat(new DropCopyRepository(fx.workspace.dsl()).repairItem(e1.id()).orElseThrow().state()).isEqualTo(RepairItem.DISMISSED);
    assertThat(fx.services.audit().search(fx.admin, new AuditFilter(null, DropCopyService.REPAIR_ENTITY, null, null, null, null, 10)))
        .singleElement().satisfies(r -> {
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
    assertThat(vm.noticeProperty().get().text()).startsWith("Repair item #" + e1.id() + " still cannot be booked");
    assertThat(vm.rows().allRows()).hasSize(2);
    assertThat(vm.selectedProperty().get()).as("still picked").isEqualTo(e1);
  }

  @Test
  void aViewerSeesTheQueueButCannotWorkIt() {
    FixRepairViewModel vm = vm(fx.user("vera", Role.VIEWER));
    assertThat(vm.rows().allRows()).hasSize(2);
    vm.selectedProperty().set(vm.rows().allRows().get(0));
    assertThat(vm.canActProperty().get()).isFalse();
  }
}
