package com.tickmark.app.ui.audit;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import com.tickmark.app.ui.NodeSnapshots;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.audit.AuditViewModel.AuditRow;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.security.Role;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
 * A compliance officer checks the audit trail after someone edited a record in the database, then
 * exports what they see.
 */
@ExtendWith(ApplicationExtension.class)
class AuditFxTest {
  @TempDir static Path dir;
  @TempDir static Path out;
  static SecurityFixture fx;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private MainWindow main;

  @BeforeAll
  static void openFixture() {
    fx = SecurityFixture.create(dir);
    fx.user("alice", Role.CLERK);
    fx.user("carol", Role.COMPLIANCE);
    fx.workspace.dsl().execute("UPDATE audit_record SET reason='x' WHERE seq=3");
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
    var compliance = fx.services.users().signIn("carol", SecurityFixture.PASSWORD.toCharArray());
    main =
        new MainWindow(
            new ScreenContext(fx.services, compliance, executor, monitor, UiState.inMemory()),
            StandardScreens.registry(),
            new FirmService(new SettingsRepository(fx.workspace.dsl())).profile(),
            () -> {});
    main.show(stage);
  }

  @AfterEach
  void stop() {
    executor.shutdown();
    assertThat(failures).isEmpty();
  }

  @Test
  void verifyingMarksTheEditedRecordAndExportWritesTheRowsShown(FxRobot robot) throws Exception {
    robot.clickOn("#nav-audit");
    TableView<?> records = robot.lookup("#audit-records").queryAs(TableView.class);
    waitUntil(() -> records.getItems().size() > 5);

    robot.clickOn("#audit-verify");
    waitUntil(() -> robot.lookup("#audit-verdict").tryQuery().isPresent());
    Message verdict = robot.lookup("#audit-verdict").query();
    assertThat(verdict.getTitle()).isEqualTo("The audit trail does not verify at record 3");
    waitUntil(() -> records.getSelectionModel().getSelectedItem() != null);
    assertThat(((AuditRow) records.getSelectionModel().getSelectedItem()).seq()).isEqualTo(3);
    waitUntil(
        () ->
            robot.from(records).lookup(".table-row-cell").queryAll().stream()
                .anyMatch(
                    n ->
                        n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("broken"))
                            && ((TableRow<?>) n).getItem() instanceof AuditRow row
                            && row.seq() == 3));
    NodeSnapshots.write(main.scene(), Path.of("target", "screenshots", "audit-broken.png"));

    robot.clickOn("#audit-user").write("alice").push(KeyCode.ENTER);
    robot.clickOn("#audit-search");
    waitUntil(
        () ->
            records.getItems().stream().allMatch(r -> ((AuditRow) r).user().equals("alice"))
                && !records.getItems().isEmpty());
    int shown = records.getItems().size();

    Path file = out.resolve("alice.xlsx");
    AuditScreen screen = (AuditScreen) onFx(() -> main.currentScreen().orElseThrow());
    screen.layout().setExportTarget(() -> file);
    robot.clickOn("#audit-export");
    waitUntil(() -> robot.lookup("#audit-notice").tryQuery().isPresent());
    assertThat(((Message) robot.lookup("#audit-notice").query()).getTitle())
        .isEqualTo("Exported " + shown + " audit records");
    assertThat(Files.size(file)).isPositive();
    assertThat(robot.lookup("#audit-screen").queryAs(Node.class).isVisible()).isTrue();
  }
}
