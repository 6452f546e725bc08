package com.tickmark.app.ui.blotter;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.fixture.FixMessagesFixture;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.model.trade.blotter.TradeTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executions booked from the FIX drop copy reach an open blotter, and the trade's detail shows the
 * message that made it.
 */
class BlotterDropCopyTest {
  @TempDir Path dir;
  SecurityFixture fx;
  Actor clerk;
  Actor compliance;

  @BeforeEach
  void setUp() {
    fx = SecurityFixture.create(dir);
    clerk = fx.user("carla", Role.CLERK);
    compliance = fx.user("cora", Role.COMPLIANCE);
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  private BlotterViewModel open(Actor actor) {
    BlotterData data =
        new BlotterData(
            () -> fx.services.blotter().trades(actor),
            () -> fx.services.blotter().reference(actor),
            Runnable::run,
            Runnable::run);
    BlotterViewModel vm =
        new BlotterViewModel(
            data,
            () -> fx.services.blotter().trades(actor),
            fx.services.trades(),
            fx.services.audit(),
            fx.services.firm(),
            fx.services.tradeChanges(),
            actor,
            new DirectTaskExecutor());
    vm.activate();
    return vm;
  }

  @Test
  void aBookedExecutionAppearsLiveWithItsRawMessageAndAuditRecord() {
    BlotterViewModel vm = open(compliance);
    assertThat(vm.resultProperty().get().size()).isZero();

    fx.services
        .dropCopy(Map.of("OMS1", "GSCO"))
        .process(
            clerk,
            List.of(
                FixMessagesFixture.newExecution(
                    "E-LIVE-1", FixMessagesFixture.SAP_ISIN, "100", "210.5")));

    assertThat(vm.resultProperty().get().size())
        .as("the blotter heard of the trade and read it")
        .isEqualTo(1);
    TradeTable table = vm.data().table();
    int row = vm.resultProperty().get().row(0);
    assertThat(table.value(BlotterColumn.EXEC_ID, row)).isEqualTo("E-LIVE-1");
    assertThat(table.value(BlotterColumn.SOURCE, row)).isEqualTo("FIX");

    vm.selected(new int[] {row}, List.of(table.tradeId(row)));
    TradeDetail detail = vm.detailProperty().get();
    assertThat(detail.fixMessages())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.execId()).isEqualTo("E-LIVE-1");
              assertThat(m.outcome()).isEqualTo("CREATED");
              assertThat(m.raw()).contains("17=E-LIVE-1\u0001").contains("150=F\u0001");
            });
    assertThat(detail.audit()).extracting(r -> r.event().action()).contains(AuditAction.CREATE);
    assertThat(detail.origin())
        .startsWith("Received over the FIX drop copy: 1 message, the first at ")
        .endsWith(" UTC.");
    vm.dispose();
  }
}
