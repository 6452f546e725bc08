package com.tickmark.app.ui.settlement;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.shown;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.settlement.FailsViewModel.FailRow;
import com.tickmark.app.ui.settlement.FailsViewModel.StatusRow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
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

/** A clerk opens the Fails screen and assigns a fail to a colleague with a comment. */
@ExtendWith(ApplicationExtension.class)
class FailsFxTest {
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));

  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private FailsScreen screen;
  private Stage stage;

  @BeforeAll
  static void createADemoFirm() throws IOException {
    workspace = Workspace.open(dir.resolve("ws"));
    services = FailsViewModelTest.importedDemoFirm(workspace);
  }

  @AfterAll
  static void close() {
    workspace.close();
    workspace = null;
    services = null;
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Theme.LIGHT.apply();
    TaskMonitor monitor = new TaskMonitor();
    executor = new FxTaskExecutor(1, monitor, (title, error) -> failures.add(error));
    ScreenContext context =
        new ScreenContext(services, CLERK, executor, monitor, UiState.inMemory());
    screen = FailsScreen.create(context);
    stage.setScene(new Scene((Parent) screen.view(), 1200, 760));
    stage.show();
    screen.activate();
  }

  @AfterEach
  void stop() {
    onFx(
        () -> {
          for (Window w : List.copyOf(Window.getWindows())) {
            if (w != stage && w instanceof Stage s) {
              s.close();
            }
          }
          screen.deactivate();
          stage.close();
        });
    executor.shutdown();
    screen = null;
    stage = null;
    assertThat(failures).isEmpty();
  }

  @Test
  void assigningAFailWithACommentShowsTheOwnerAndCommentInItsRow(FxRobot robot) {
    TableView<FailRow> table = screen.layout().failsPane().table();
    waitUntil(() -> !table.getItems().isEmpty());
    onFx(() -> table.getSelectionModel().select(0));
    String trade = onFx(() -> table.getSelectionModel().getSelectedItem().trade());
    TableView<StatusRow> history = screen.layout().historyPane().table();
    waitUntil(() -> !history.getItems().isEmpty());
    assertThat(robot.lookup("#settlement-fails-history-title").queryLabeled().getText())
        .as("the selected fail's custodian status lines show below the list")
        .contains(trade);

    robot.clickOn(shown(robot, "#settlement-fails-assign"));
    Node owner = shown(robot, "#settlement-fail-owner");
    waitUntil(
        () -> "clerk".equals(robot.lookup("#settlement-fail-owner").queryComboBox().getValue()));
    robot.clickOn(owner);
    waitUntil(() -> accountantCell(robot) != null);
    robot.clickOn(onFx(() -> accountantCell(robot)));
    robot.clickOn(shown(robot, "#settlement-fail-comment")).write("Chasing the broker");
    robot.clickOn("#dialog-ok");

    waitUntil(
        () ->
            table.getItems().stream()
                .anyMatch(r -> r.trade().equals(trade) && r.owner().equals("accountant")));
    FailRow row =
        onFx(
            () ->
                table.getItems().stream()
                    .filter(r -> r.trade().equals(trade))
                    .findFirst()
                    .orElseThrow());
    assertThat(row.comment()).isEqualTo("Chasing the broker");
    assertThat(robot.lookup("#settlement-fail-comment").tryQuery())
        .as("the dialog closed")
        .isEmpty();
  }

  private static Node accountantCell(FxRobot robot) {
    return robot
        .lookup(
            n -> n instanceof ListCell<?> c && c.isVisible() && "accountant".equals(c.getText()))
        .tryQuery()
        .orElse(null);
  }
}
