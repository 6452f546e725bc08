package com.tickmark.app.ui.blotter;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.app.ui.trade.TradeActionViewModel.Action;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.TradeId;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The blotter offers each user only what they may do: an accountant sees New trade disabled with
 * why and no trade actions in the menu, and only a user who may read the audit trail sees the trade
 * detail's Audit tab.
 */
@ExtendWith(ApplicationExtension.class)
class BlotterPermissionsFxTest {
  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private final List<String> actions = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private ExecutorService worker;
  private Stage stage;

  @BeforeAll
  static void createADemoFirm() {
    workspace = Workspace.open(dir.resolve("ws"));
    services = RefDataFixture.services(workspace);
    new DemoFirmInstaller()
        .install(
            services,
            new DemoConfig(7, LocalDate.of(2025, 11, 20), 40, 2, 40, FaultRates.DEFAULTS),
            DemoFirmInstaller.Progress.NONE);
  }

  @AfterAll
  static void close() {
    workspace.close();
  }

  @Start
  void start(Stage primary) {
    Theme.LIGHT.apply();
    stage = primary;
    worker = Executors.newSingleThreadExecutor();
    executor = new FxTaskExecutor(2, new TaskMonitor(), (title, error) -> failures.add(error));
  }

  @AfterEach
  void stop() {
    executor.shutdown();
    worker.shutdownNow();
    assertThat(failures).isEmpty();
  }

  /** The blotter as {@code actor} sees it, its trade actions recorded instead of done. */
  private BlotterScreen open(Actor actor) {
    TradeActions recording =
        new TradeActions() {
          @Override
          public void captureNew(Window owner, Runnable done) {
            actions.add("new");
          }

          @Override
          public void move(Window owner, Action step, List<TradeId> trades, Runnable done) {
            actions.add(step.name());
          }

          @Override
          public void amend(Window owner, TradeId trade, Runnable done) {
            actions.add("amend");
          }

          @Override
          public void cancel(Window owner, TradeId trade, Runnable done) {
            actions.add("cancel");
          }
        };
    ScreenContext context =
        new ScreenContext(services, actor, executor, new TaskMonitor(), UiState.inMemory());
    BlotterScreen screen =
        onFx(() -> BlotterScreen.create(context, worker, Platform::runLater, recording));
    onFx(
        () -> {
          stage.setScene(new Scene((Parent) screen.view(), 1260, 780));
          stage.show();
          screen.activate();
        });
    TableView<BlotterLines.Line> table = screen.layout().table();
    waitUntil(() -> !table.getItems().isEmpty());
    return screen;
  }

  private static Actor actor(Role role) {
    return new Actor(new UserId(9), role.name().toLowerCase(), Set.of(role));
  }

  @Test
  void anAccountantIsShownNewTradeDisabledWithWhyAndOfferedNoTradeAction(FxRobot robot) {
    BlotterScreen screen = open(actor(Role.ACCOUNTANT));
    Button newTrade = robot.lookup("#blotter-new-trade").queryButton();
    assertThat(newTrade.isDisabled()).isTrue();
    Tooltip why =
        onFx(
            () ->
                (Tooltip) newTrade.getParent().getProperties().get("javafx.scene.control.Tooltip"));
    assertThat(why).isNotNull();
    assertThat(why.getText())
        .isEqualTo(
            "You may not capture trades: that needs the CAPTURE_TRADES permission, which the"
                + " Operations clerk role holds; you are Accountant.");

    TableView<BlotterLines.Line> table = screen.layout().table();
    onFx(
        () -> {
          table.getSelectionModel().clearAndSelect(0);
          table.requestFocus();
        });
    waitUntil(table::isFocused);
    assertThat(
            onFx(
                () -> {
                  ContextMenu menu = table.getContextMenu();
                  menu.show(table, 0, 0);
                  List<String> texts =
                      menu.getItems().stream()
                          .map(MenuItem::getText)
                          .filter(t -> t != null)
                          .toList();
                  menu.hide();
                  return texts;
                }))
        .containsExactly("Copy", "Export to Excel…", "Export to PDF…");
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.N)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    waitUntil(() -> screen.layout().message().getText().equals(why.getText()));
    assertThat(actions).isEmpty();
  }

  @Test
  void theAuditTabIsShownOnlyToWhoMayReadTheAuditTrail(FxRobot robot) {
    assertThat(auditTabShownTo(actor(Role.COMPLIANCE), robot)).isTrue();
    assertThat(auditTabShownTo(actor(Role.CLERK), robot)).isFalse();
  }

  private boolean auditTabShownTo(Actor actor, FxRobot robot) {
    BlotterScreen screen = open(actor);
    TableView<BlotterLines.Line> table = screen.layout().table();
    onFx(() -> table.getSelectionModel().clearAndSelect(0));
    waitUntil(() -> screen.viewModel().detailProperty().get() != null);
    Node pane = robot.lookup("#trade-detail").query();
    TabPane tabs = (TabPane) pane.lookup(".tab-pane");
    return onFx(() -> tabs.getTabs().stream().map(Tab::getText).toList()).contains("Audit");
  }
}
