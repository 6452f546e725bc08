package com.tickmark.app.ui.shell;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.fixture.SignIn;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Starting Tickmark as the user does: startup window, then the main window or a clear error. */
class TickmarkApplicationFxTest {
  @TempDir Path dir;
  private final AtomicInteger exits = new AtomicInteger();
  private final FxRobot robot = new FxRobot();
  private Application app;

  @BeforeEach
  void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
    onFx(() -> Window.getWindows().stream().toList().forEach(Window::hide));
    TickmarkApplication.closeSession();
  }

  private void start() throws Exception {
    TickmarkApplication.configure(
        new TickmarkApplication.LaunchConfig(
            dir, sequence -> {}, Clock.systemUTC(), exits::incrementAndGet));
    app = FxToolkit.setupApplication(TickmarkApplication::new);
  }

  @Test
  void opensTheWorkspaceThenShowsTheMainWindowAndRemembersItsLayoutOnExit() throws Exception {
    RefDataFixture.create(dir, 10).close();

    start();
    SignIn.as(robot, RefDataFixture.USER, RefDataFixture.PASSWORD, 20);

    waitUntil(
        () ->
            TickmarkApplication.session().map(TickmarkApplication.Session::mainWindow).isPresent()
                && robot.lookup("#status-firm").tryQuery().isPresent());
    assertThat(robot.lookup("#status-firm").queryAs(Label.class).getText())
        .isEqualTo(RefDataFixture.FIRM);
    // the fixture's user is an administrator: the first screen offered to them
    ScreenDescriptor first =
        StandardScreens.registry()
            .availableTo(new Actor(new UserId(1), RefDataFixture.USER, Set.of(Role.ADMIN)))
            .screens()
            .get(0);
    assertThat(robot.lookup("#screen-title").queryAs(Label.class).getText())
        .as("the first screen of the navigation")
        .isEqualTo(first.title());
    assertThat(robot.lookup("#status-user").queryAs(Label.class).getText())
        .contains(RefDataFixture.USER);
    assertThat(onFx(() -> Window.getWindows().stream().filter(Window::isShowing).count()))
        .as("the startup and sign-in windows closed")
        .isEqualTo(1);

    FxToolkit.cleanupApplication(app); // stop(): what happens when the user quits
    app = null;
    TickmarkApplication.closeSession();

    assertThat(UiState.forUser(dir, RefDataFixture.USER).get("screen.selected"))
        .contains(first.id());
    Workspace.open(dir).close(); // the workspace was closed and its lock released
    assertThat(exits.get()).isZero();
  }

  @Test
  void aWrongPasswordIsRefusedInTheSignInWindowAndTheRightOneOpensTheApp() throws Exception {
    RefDataFixture.create(dir, 5).close();
    start();

    SignIn.as(robot, RefDataFixture.USER, "not-the-password-1", 20);
    waitUntil(() -> !robot.lookup("#login-message").queryAs(Label.class).getText().isEmpty());
    assertThat(robot.lookup("#login-message").queryAs(Label.class).getText())
        .isEqualTo("Wrong user name or password.");
    assertThat(TickmarkApplication.session().map(TickmarkApplication.Session::mainWindow))
        .isEmpty();

    robot.clickOn("#login-password").write(RefDataFixture.PASSWORD);
    robot.clickOn("#login-sign-in");
    waitUntil(
        () ->
            TickmarkApplication.session().map(TickmarkApplication.Session::mainWindow).isPresent());
  }

  @Test
  void aSecondWindowOpensForViewingWhileAnotherProgramWritesAndSaysSo() throws Exception {
    RefDataFixture.create(dir, 5).close();
    try (Workspace held = Workspace.open(dir)) {
      start();
      SignIn.as(robot, RefDataFixture.USER, RefDataFixture.PASSWORD, 20);
      waitUntil(
          () ->
              TickmarkApplication.session().map(TickmarkApplication.Session::mainWindow).isPresent()
                  && robot.lookup("#read-only-banner").tryQuery().isPresent());
      assertThat(robot.lookup("#read-only-banner").queryAs(Label.class).getText())
          .startsWith("Read only: the workspace " + dir.toAbsolutePath())
          .contains("is open for writing in another program (process ")
          .contains("this window or command can only read");
      assertThat(onFx(() -> robot.lookup("#read-only-banner").query().getScene().getWindow()))
          .extracting(w -> ((Stage) w).getTitle())
          .asString()
          .endsWith("(read only)");
      // the administrator's screens that change things are not offered to a viewer
      assertThat(
              TickmarkApplication.session().orElseThrow().mainWindow().viewModel().screens().size())
          .isLessThan(
              StandardScreens.registry()
                  .availableTo(new Actor(new UserId(1), RefDataFixture.USER, Set.of(Role.ADMIN)))
                  .screens()
                  .size());
      assertThat(exits.get()).isZero();
    }
  }

  private static Optional<DialogPane> errorDialog() {
    return Window.getWindows().stream()
        .filter(Window::isShowing)
        .map(w -> w.getScene().getRoot())
        .filter(DialogPane.class::isInstance)
        .map(DialogPane.class::cast)
        .findFirst();
  }
}
