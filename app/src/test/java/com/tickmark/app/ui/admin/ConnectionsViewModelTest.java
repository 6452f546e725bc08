package com.tickmark.app.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.fix.DropCopyConnection;
import com.tickmark.app.fix.DropCopyConnection.State;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.security.Role;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admin → Connections without a toolkit: settings checked as typed, start and stop, saved settings,
 * refusals.
 */
class ConnectionsViewModelTest {
  @TempDir Path dir;
  SecurityFixture fx;

  @BeforeEach
  void setUp() {
    fx = SecurityFixture.create(dir);
  }

  @AfterEach
  void tearDown() {
    fx.services.close();
    fx.close();
  }

  ConnectionsViewModel vm() {
    ConnectionsViewModel vm =
        new ConnectionsViewModel(
            fx.services.dropCopyConnection(), fx.admin, new DirectTaskExecutor(), Runnable::run);
    vm.activate();
    return vm;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void saysWhatToFixBeforeStarting() {
    ConnectionsViewModel vm = vm();
    assertThat(vm.problemProperty().get())
        .isEqualTo("Give the trading system's comp id (TargetCompID), e.g. OMS1.");
    vm.targetProperty().set("OMS1");
    vm.portProperty().set("98x");
    assertThat(vm.problemProperty().get())
        .isEqualTo("The port is a number between 1 and 65535, not '98x'.");
    vm.portProperty().set("70000");
    assertThat(vm.problemProperty().get())
        .isEqualTo("The port must be between 1 and 65535, not 70000.");
    vm.portProperty().set("9878");
    vm.brokersProperty().set("OMS1=GSCO\nOMS2");
    assertThat(vm.problemProperty().get())
        .isEqualTo("'OMS2' is not COMPID=CODE (for example OMS1=GSCO).");
    assertThat(vm.canStartProperty().get()).isFalse();
    vm.brokersProperty().set("OMS1=gsco, OMS2=MSCO");
    assertThat(vm.canStartProperty().get()).isTrue();
  }

  @Test
  void startsAndStopsTheAcceptorAndRemembersItsSettings() throws IOException {
    ConnectionsViewModel vm = vm();
    int port = freePort();
    vm.portProperty().set(Integer.toString(port));
    vm.bindAddressProperty().set("127.0.0.1");
    vm.targetProperty().set("OMS1");
    vm.brokersProperty().set("OMS1=GSCO");
    vm.start();
    assertThat(vm.statusProperty().get().state()).isEqualTo(State.LISTENING);
    assertThat(vm.statusProperty().get().session()).isEqualTo("FIX.4.4:TICKMARK->OMS1");
    assertThat(vm.statusProperty().get().startedBy()).isEqualTo("tester");
    assertThat(vm.canStartProperty().get()).isFalse();
    assertThat(vm.canStopProperty().get()).isTrue();
    assertThat(vm.noticeProperty().get().title()).isEqualTo("Listening on port " + port);
    assertThat(fx.services.dropCopyConnection().brokers()).containsEntry("OMS1", "GSCO");

    vm.stop();
    assertThat(vm.statusProperty().get().state()).isEqualTo(State.STOPPED);
    assertThat(fx.services.dropCopyConnection().isRunning()).isFalse();
    assertThat(
            fx.services
                .audit()
                .search(
                    fx.admin,
                    new AuditFilter(null, DropCopyConnection.ENTITY, null, null, null, null, 10)))
        .extracting(r -> r.event().action() + " " + r.event().reason())
        .containsExactlyInAnyOrder(
            AuditAction.CONFIGURE + " FIX drop copy started",
            AuditAction.CONFIGURE + " FIX drop copy stopped");

    ConnectionsViewModel again = vm();
    assertThat(again.portProperty().get()).isEqualTo(Integer.toString(port));
    assertThat(again.targetProperty().get()).isEqualTo("OMS1");
    assertThat(again.brokersProperty().get()).isEqualTo("OMS1=GSCO");
  }

  @Test
  void aPortInUseIsReportedAsTheLastError() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ConnectionsViewModel vm = vm();
      vm.portProperty().set(Integer.toString(taken.getLocalPort()));
      vm.bindAddressProperty().set("127.0.0.1");
      vm.targetProperty().set("OMS1");
      vm.start();
      assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
      assertThat(vm.noticeProperty().get().text())
          .startsWith("The FIX acceptor could not start on port " + taken.getLocalPort());
      assertThat(vm.statusProperty().get().state()).isEqualTo(State.STOPPED);
      assertThat(vm.statusProperty().get().lastError()).isNotEmpty();
      assertThat(vm.canStartProperty().get()).as("may try again").isTrue();
    }
  }

  @Test
  void onlyAUserWhoMayManageConnectionsMayStartOne() {
    ConnectionsViewModel vm =
        new ConnectionsViewModel(
            fx.services.dropCopyConnection(),
            fx.user("carla", Role.CLERK),
            new DirectTaskExecutor(),
            Runnable::run);
    vm.targetProperty().set("OMS1");
    assertThat(vm.mayManage()).isFalse();
    assertThat(vm.canStartProperty().get()).isFalse();
    assertThat(vm.problemProperty().get()).contains("MANAGE_CONNECTIONS");
  }
}
