package com.tickmark.app.ui.fixrepair;

import static com.tickmark.app.ui.fixture.Fx.shown;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.NodeSnapshots;
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
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.trade.fix.RepairItem;
import com.tickmark.persistence.trade.fix.DropCopyRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/**
 * A clerk opens FIX repair from the navigation, reads why a report waits and dismisses it with a
 * reason.
 */
@ExtendWith(ApplicationExtension.class)
class FixRepairFxTest {
  @TempDir static Path dir;
  static SecurityFixture fx;
  static Actor clerk;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;

  @BeforeAll
  static void openFixture() {
    fx = SecurityFixture.create(dir);
    clerk = fx.user("carla", Role.CLERK);
    fx.services
        .dropCopy(Map.of("OMS1", "GSCO"))
        .process(
            clerk, List.of(FixMessagesFixture.newExecution("E1", "XS0000000009", "100", "210.5")));
  }

  @AfterAll
  static void closeFixture() {
    fx.close();
  }

  @Start
  void start(Stage stage) {
    Theme.LIGHT.apply();
    TaskMonitor monitor = new TaskMonitor();
    executor = new FxTaskExecutor(2, monitor, (title, error) -> failures.add(error));
    new MainWindow(
            new ScreenContext(fx.services, clerk, executor, monitor, UiState.inMemory()),
            StandardScreens.registry(),
            new FirmService(new SettingsRepository(fx.workspace.dsl())).profile(),
            () -> {})
        .show(stage);
  }

  @AfterEach
  void stop() {
    executor.shutdown();
    assertThat(failures).isEmpty();
  }

  @Test
  void aClerkDismissesAWaitingReportWithAReason(FxRobot robot) {
    Label badge = robot.lookup("#nav-badge-" + FixRepairScreen.ID).queryAs(Label.class);
    waitUntil(() -> badge.isVisible() && badge.getText().equals("1"));
    robot.clickOn("#nav-" + FixRepairScreen.ID);
    TableView<?> items = robot.lookup("#fixrepair-items").queryAs(TableView.class);
    waitUntil(() -> items.getItems().size() == 1);
    Button dismiss = robot.lookup("#repair-dismiss").queryButton();
    assertThat(dismiss.isDisabled()).as("nothing picked").isTrue();
    robot.clickOn(robot.from(items).lookup(".table-row-cell").nth(0).queryAs(Node.class));
    waitUntil(
        () -> robot.lookup("#repair-reason").queryLabeled().getText().contains("XS0000000009"));
    assertThat(robot.lookup("#repair-message").queryTextInputControl().getText()).contains("17=E1");
    NodeSnapshots.write(
        robot.window(0).getScene(), Path.of("target", "screenshots", "fix-repair.png"));

    robot.clickOn(dismiss);
    Button ok = robot.lookup("#dialog-ok").queryButton();
    assertThat(ok.isDisabled()).as("a reason is required").isTrue();
    robot.clickOn(shown(robot, "#repair-reason-text")).write("test message from the OMS");
    robot.clickOn(ok);

    waitUntil(() -> items.getItems().isEmpty());
    waitUntil(() -> !badge.isVisible());
    waitUntil(() -> robot.lookup("#repair-notice").tryQuery().isPresent());
    long id = new DropCopyRepository(fx.workspace.dsl()).repairQueue().get(0).id();
    assertThat(new DropCopyRepository(fx.workspace.dsl()).repairItem(id).orElseThrow().state())
        .isEqualTo(RepairItem.DISMISSED);
  }
}
