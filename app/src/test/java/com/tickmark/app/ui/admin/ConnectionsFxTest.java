package com.tickmark.app.ui.admin;

import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.trade.TradeServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.FixMessagesFixture;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.fix.ExecutionReport;
import com.tickmark.persistence.trade.fix.DropCopyRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import quickfix.ApplicationAdapter;
import quickfix.DefaultMessageFactory;
import quickfix.FileStoreFactory;
import quickfix.Message;
import quickfix.ScreenLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;

/**
 * An administrator starts the FIX drop copy from Admin → Connections; a trading system (a real
 * QuickFIX/J initiator) logs on and sends two executions, one of them for an unknown instrument,
 * and the counts on screen follow; then the administrator stops it.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionsFxTest {
  @TempDir static Path dir;
  @TempDir static Path initiatorStore;
  static SecurityFixture fx;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private final SessionID initiatorSession = new SessionID("FIX.4.4", "OMS1", "TICKMARK");
  private FxTaskExecutor executor;
  private SocketInitiator initiator;

  @BeforeAll
  static void openFixture() {
    fx = SecurityFixture.create(dir);
  }

  @AfterAll
  static void closeFixture() {
    fx.services.close();
    fx.close();
  }

  @Start
  void start(Stage stage) {
    Theme.LIGHT.apply();
    TaskMonitor monitor = new TaskMonitor();
    executor = new FxTaskExecutor(2, monitor, (title, error) -> failures.add(error));
    new MainWindow(
            new ScreenContext(fx.services, fx.admin, executor, monitor, UiState.inMemory()),
            StandardScreens.registry(),
            new FirmService(new SettingsRepository(fx.workspace.dsl())).profile(),
            () -> {})
        .show(stage);
  }

  @AfterEach
  void stop() {
    if (initiator != null) {
      initiator.stop(true);
    }
    fx.services.dropCopyConnection().stop();
    executor.shutdown();
    assertThat(failures).isEmpty();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void anAdministratorStartsTheDropCopyAndSeesTheCountsMove(FxRobot robot) throws Exception {
    robot.clickOn("#nav-admin");
    robot.clickOn("#admin-connections-tab");
    waitUntil(() -> text(robot, "#conn-state").equals("Stopped"));
    int port = freePort();
    robot.doubleClickOn("#conn-port").write(Integer.toString(port));
    robot.clickOn("#conn-bind").write("127.0.0.1");
    robot.clickOn("#conn-target").write("OMS1");
    robot.clickOn("#conn-brokers").write("OMS1=GSCO");
    robot.clickOn("#conn-start");
    waitUntil(() -> text(robot, "#conn-state").equals("Listening"));
    assertThat(text(robot, "#conn-session"))
        .isEqualTo("FIX.4.4:TICKMARK->OMS1 · booking as tester");

    startInitiator(port);
    waitUntil(() -> text(robot, "#conn-state").equals("Logged on"));
    send(FixMessagesFixture.newExecution("E1", FixMessagesFixture.SAP_ISIN, "100", "210.5"));
    send(FixMessagesFixture.newExecution("E2", "XS0000000009", "5", "1"));
    waitUntil(() -> text(robot, "#conn-booked").equals("2"));
    assertThat(text(robot, "#conn-received")).isEqualTo("2");
    assertThat(text(robot, "#conn-created")).isEqualTo("1");
    assertThat(text(robot, "#conn-repairs")).isEqualTo("1");

    TradeId id = new DropCopyRepository(fx.workspace.dsl()).tradeFor("E1").orElseThrow();
    Trade trade =
        fx.services.area(TradeServices.class).repositories().trades().find(id).orElseThrow();
    assertThat(trade.source()).isEqualTo(TradeSource.FIX);
    assertThat(
            fx.services
                .area(TradeServices.class)
                .repositories()
                .trades()
                .history(id)
                .get(0)
                .recordedBy())
        .isEqualTo("tester");

    robot.clickOn("#conn-stop");
    waitUntil(() -> text(robot, "#conn-state").equals("Stopped"));
    assertThat(fx.services.dropCopyConnection().isRunning()).isFalse();
  }

  private void startInitiator(int port) throws Exception {
    SessionSettings s = new SessionSettings();
    s.setString("ConnectionType", "initiator");
    s.setString("FileStorePath", initiatorStore.toString());
    s.setString("NonStopSession", "Y");
    s.setString("HeartBtInt", "30");
    s.setString("ReconnectInterval", "1");
    s.setString("UseDataDictionary", "Y");
    s.setString("DataDictionary", "FIX44.xml");
    s.setString("SocketConnectHost", "127.0.0.1");
    s.setString("SocketConnectPort", Integer.toString(port));
    s.setString(initiatorSession, "BeginString", "FIX.4.4");
    s.setString(initiatorSession, "SenderCompID", "OMS1");
    s.setString(initiatorSession, "TargetCompID", "TICKMARK");
    initiator =
        new SocketInitiator(
            new ApplicationAdapter(),
            new FileStoreFactory(s),
            s,
            new ScreenLogFactory(false, false, false),
            new DefaultMessageFactory());
    initiator.start();
  }

  /** Sends the report's body fields as a QuickFIX/J execution report. */
  private void send(ExecutionReport report) throws Exception {
    quickfix.fix44.ExecutionReport m = new quickfix.fix44.ExecutionReport();
    for (var e : new TreeMap<>(report.fields()).entrySet()) {
      int tag = e.getKey();
      if (tag != 8 && tag != 34 && tag != 35 && tag != 49 && tag != 56) {
        m.setString(tag, e.getValue());
      }
    }
    assertThat(Session.sendToTarget((Message) m, initiatorSession)).isTrue();
  }
}
