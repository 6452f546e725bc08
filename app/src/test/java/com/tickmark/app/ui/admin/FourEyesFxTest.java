package com.tickmark.app.ui.admin;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.shown;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.User;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
 * Four eyes, as two people do it through the real main window: an administrator adds a user in the
 * Admin screen and asks for other roles for them; a compliance officer finds the request in their
 * Approvals screen and approves it, and the roles change.
 */
@ExtendWith(ApplicationExtension.class)
class FourEyesFxTest {
  @TempDir static Path dir;
  static SecurityFixture fx;
  static Actor compliance;
  static FirmProfile info;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private TaskMonitor monitor;
  private Stage stage;

  @BeforeAll
  static void openFixture() {
    fx = SecurityFixture.create(dir);
    compliance = fx.user("carol", Role.COMPLIANCE);
    info = new FirmService(new SettingsRepository(fx.workspace.dsl())).profile();
  }

  @AfterAll
  static void closeFixture() {
    fx.close();
  }

  @Start
  void start(Stage primary) {
    stage = primary;
    Theme.LIGHT.apply();
    monitor = new TaskMonitor();
    executor = new FxTaskExecutor(2, monitor, (title, error) -> failures.add(error));
    signIn(fx.admin);
  }

  /** Shows the main window as {@code actor} sees it, in place of the one before (a new sign-in). */
  private MainWindow signIn(Actor actor) {
    MainWindow main =
        new MainWindow(
            new ScreenContext(fx.services, actor, executor, monitor, UiState.inMemory()),
            StandardScreens.registry(),
            info,
            () -> {});
    main.show(stage);
    return main;
  }

  @AfterEach
  void stop() {
    executor.shutdown();
    assertThat(failures).isEmpty();
  }

  private Set<Role> rolesOf(String username) {
    return fx.services.users().list(fx.admin).stream()
        .filter(u -> u.username().equals(username))
        .findFirst()
        .map(User::roles)
        .orElse(Set.of());
  }

  @Test
  void anAdministratorAsksForOtherRolesAndASecondPersonApprovesThem(FxRobot robot) {
    // the administrator adds dave through the dialog
    robot.clickOn("#nav-admin");
    TableView<?> users = robot.lookup("#admin-users").queryAs(TableView.class);
    waitUntil(() -> users.getItems().size() == 2);
    robot.clickOn("#admin-add-user");
    robot.clickOn(shown(robot, "#add-user-name")).write("dave");
    robot.clickOn("#add-user-display").write("Dave Doe");
    robot.clickOn("#add-user-role-CLERK");
    robot.clickOn("#add-user-password").write("blue-harbor-42");
    robot.clickOn("#add-user-confirm").write("blue-harbor-42");
    Button ok = robot.lookup("#dialog-ok").queryButton();
    assertThat(ok.isDisabled()).as("no reason yet").isTrue();
    assertThat(robot.lookup("#dialog-problem").queryAs(Label.class).getText()).contains("Say why");
    robot.clickOn("#add-user-reason").write("joins operations");
    assertThat(ok.isDisabled()).isFalse();
    robot.clickOn(ok);
    waitUntil(
        () -> users.getItems().size() == 3 && users.getSelectionModel().getSelectedItem() != null);
    assertThat(((AdminViewModel.UserRow) users.getSelectionModel().getSelectedItem()).username())
        .isEqualTo("dave");
    assertThat(rolesOf("dave")).containsExactly(Role.CLERK);

    // and asks for dave to be a risk manager too
    robot.clickOn("#admin-change-roles");
    robot.clickOn(shown(robot, "#change-role-RISK_MANAGER"));
    robot.clickOn("#change-roles-reason").write("covers risk on Fridays");
    robot.clickOn("#dialog-ok");
    waitUntil(() -> robot.lookup("#admin-notice").tryQuery().isPresent());
    assertThat(((atlantafx.base.controls.Message) robot.lookup("#admin-notice").query()).getTitle())
        .matches("Request #\\d+ waits for approval by a second person");
    assertThat(rolesOf("dave"))
        .as("nothing changes before the approval")
        .containsExactly(Role.CLERK);

    // the compliance officer signs in: no Admin screen, and one request waiting
    onFx(() -> signIn(compliance));
    waitUntil(() -> robot.lookup("#nav-audit").tryQuery().isPresent());
    assertThat(robot.lookup("#nav-admin").tryQuery()).isEmpty();
    Label badge = robot.lookup("#nav-badge-approvals").queryAs(Label.class);
    waitUntil(() -> badge.isVisible() && badge.getText().equals("1"));

    robot.clickOn("#nav-approvals");
    TableView<?> waiting = robot.lookup("#approvals-waiting").queryAs(TableView.class);
    waitUntil(() -> waiting.getItems().size() == 1);
    robot.clickOn(robot.from(waiting).lookup(".table-row-cell").nth(0).queryAs(Node.class));
    waitUntil(
        () ->
            robot
                .lookup("#approval-headline")
                .queryAs(Label.class)
                .getText()
                .endsWith("Role change"));
    assertThat(robot.lookup("#approval-summary").queryAs(Label.class).getText()).contains("dave");
    Button reject = robot.lookup("#approval-reject").queryButton();
    Button approve = robot.lookup("#approval-approve").queryButton();
    assertThat(reject.isDisabled()).as("rejecting needs a comment").isTrue();
    assertThat(approve.isDisabled()).isFalse();
    robot.clickOn("#approval-comment").write("agreed with the head of risk");
    robot.clickOn(approve);

    waitUntil(() -> rolesOf("dave").equals(Set.of(Role.CLERK, Role.RISK_MANAGER)));
    waitUntil(() -> waiting.getItems().isEmpty() && !badge.isVisible());
  }
}
