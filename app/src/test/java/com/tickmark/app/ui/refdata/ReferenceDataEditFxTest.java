package com.tickmark.app.ui.refdata;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/** An administrator changes reference data through the screen's dialogs. */
@ExtendWith(ApplicationExtension.class)
class ReferenceDataEditFxTest {
  @TempDir static Path dir;
  static Workspace workspace;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;

  @BeforeAll
  static void openFixture() {
    workspace = RefDataFixture.create(dir, 5);
  }

  @AfterAll
  static void closeFixture() {
    workspace.close();
  }

  @Start
  void start(Stage stage) {
    Theme.LIGHT.apply();
    TaskMonitor monitor = new TaskMonitor();
    executor = new FxTaskExecutor(2, monitor, (title, error) -> failures.add(error));
    new MainWindow(
            new ScreenContext(
                RefDataFixture.services(workspace),
                new Actor(new UserId(1), RefDataFixture.USER, Set.of(Role.ADMIN)),
                executor,
                monitor,
                UiState.inMemory()),
            StandardScreens.registry(),
            new FirmService(new SettingsRepository(workspace.dsl())).profile(),
            () -> {})
        .show(stage);
  }

  @AfterEach
  void stop() {
    executor.shutdown();
    assertThat(failures).isEmpty();
  }

  @Test
  void cancelClosesTheFormAtTheFirstClickAndOkAddsTheCounterpartyOnceItsFieldsPass(FxRobot robot) {
    robot.clickOn("#nav-refdata");
    robot.clickOn("#counterparties");
    TableView<?> counterparties = robot.lookup("#refdata-counterparties").queryAs(TableView.class);
    waitUntil(() -> counterparties.getItems().size() == 5);

    for (String typed : List.of("", "NOT-AN-LEI")) {
      robot.clickOn("#refdata-counterparty-add");
      waitUntil(() -> robot.lookup("#refdata-field-code").tryQuery().isPresent());
      if (!typed.isEmpty()) {
        robot.clickOn("#refdata-field-lei").write(typed);
      }
      robot.clickOn("#dialog-cancel");
      waitUntil(() -> robot.lookup("#refdata-field-code").tryQuery().isEmpty());
    }

    robot.clickOn("#refdata-counterparty-add");
    waitUntil(() -> robot.lookup("#refdata-field-code").tryQuery().isPresent());
    robot.clickOn("#refdata-field-code").write("KBC");
    robot.clickOn("#refdata-field-name").write("Kestrel Brokerage Corp");
    robot.clickOn("#refdata-field-role").write("Broker");
    robot.clickOn("#refdata-field-lei").write("5493000KBC0000000000");
    robot.clickOn("#refdata-field-bic");
    assertThat(robot.lookup("#refdata-field-lei-problem").queryAs(Label.class).getText())
        .as("shown once the field is left")
        .startsWith("check digits are wrong, expected ");
    robot.clickOn("#refdata-field-lei").push(KeyCode.SHORTCUT, KeyCode.A);
    robot.write(Lei.withCheckDigits("5493000KBC00000000").value());
    robot.clickOn("#refdata-field-bic").write("KBCOUS33");
    robot.clickOn("#refdata-field-reason").write("new executing broker");
    robot.clickOn("#dialog-ok");

    waitUntil(() -> counterparties.getItems().size() == 6);
    assertThat(robot.lookup("#refdata-notice").tryQuery()).isPresent();
    assertThat(
            Repositories.of(workspace).referenceData().counterparties().stream()
                .anyMatch(c -> c.code().equals("KBC") && c.role().name().equals("BROKER")))
        .isTrue();
    onFx(() -> counterparties.getSelectionModel().clearSelection());
  }

  @Test
  void anEditFormsPickersShowTheLabelsUsersKnowWhileTheFormKeepsTheCode(FxRobot robot) {
    robot.clickOn("#nav-refdata");
    robot.clickOn("#counterparties");
    TableView<?> counterparties = robot.lookup("#refdata-counterparties").queryAs(TableView.class);
    waitUntil(() -> !counterparties.getItems().isEmpty());
    onFx(() -> counterparties.getSelectionModel().clearAndSelect(0));
    robot.clickOn("#refdata-counterparty-edit");
    waitUntil(() -> robot.lookup("#refdata-field-role").tryQuery().isPresent());
    ComboBox<?> role = robot.lookup("#refdata-field-role").queryAs(ComboBox.class);
    waitUntil(() -> !role.getItems().isEmpty());
    assertThat(role.getValue()).as("the code the form keeps").isIn("BROKER", "CUSTODIAN", "BANK");
    assertThat(role.getEditor().getText()).isIn("Broker", "Custodian", "Bank");
    robot.clickOn("#dialog-cancel");
    waitUntil(() -> robot.lookup("#refdata-field-role").tryQuery().isEmpty());
    onFx(() -> counterparties.getSelectionModel().clearSelection());
  }
}
