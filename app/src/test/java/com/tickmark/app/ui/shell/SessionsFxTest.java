package com.tickmark.app.ui.shell;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.Fx;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.fixture.SignIn;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.persistence.audit.JooqAuditTrail;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Changing who sits at the desk without quitting: Switch user, the lock (by hand and after the
 * administrator's idle time) and Sign out, each in the audit trail, each user finding their own
 * screen again.
 */
class SessionsFxTest {
  private static final String CLERK = "carla";
  private static final String CLERK_PASSWORD = "clerk-pass-12";

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private Application app;
  private volatile Instant now = Instant.parse("2026-12-04T09:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @BeforeEach
  void start() throws Exception {
    try (Workspace ws = RefDataFixture.create(dir, 5);
        AppServices services = RefDataFixture.services(ws)) {
      Actor admin =
          services.users().signIn(RefDataFixture.USER, RefDataFixture.PASSWORD.toCharArray());
      services
          .users()
          .addUser(
              admin,
              CLERK,
              "Carla Clerk",
              Set.of(Role.CLERK),
              CLERK_PASSWORD.toCharArray(),
              "new clerk");
      services.users().setIdleLock(admin, Duration.ofMinutes(2), "shared desk");
    }
    FxToolkit.registerPrimaryStage();
    TickmarkApplication.configure(
        new TickmarkApplication.LaunchConfig(dir, sequence -> {}, clock, () -> {}));
    app = FxToolkit.setupApplication(TickmarkApplication::new);
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

  private MainWindow main() {
    return TickmarkApplication.session().map(TickmarkApplication.Session::mainWindow).orElse(null);
  }

  private String signedIn() {
    return robot.lookup("#status-user").queryAs(Label.class).getText();
  }

  private void press(KeyCode... keys) {
    robot.press(keys);
    robot.release(keys);
  }

  @Test
  void switchUserLockAndSignOutKeepEachUsersScreenAndAreAudited() throws Exception {
    SignIn.as(robot, RefDataFixture.USER, RefDataFixture.PASSWORD, 30);
    waitUntil(() -> main() != null && robot.lookup("#status-user").tryQuery().isPresent());
    MainWindow admins = main();
    onFx(
        () ->
            admins
                .viewModel()
                .selectScreen(
                    admins.viewModel().screens().stream()
                        .filter(s -> s.id().equals("audit"))
                        .findFirst()
                        .orElseThrow()));

    // Switch user: the sign-in window over the main window; the clerk gets their own window
    press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
    SignIn.as(robot, CLERK, CLERK_PASSWORD, 20);
    waitUntil(() -> main() != null && main() != admins && signedIn().contains(CLERK));
    assertThat(main().viewModel().screens())
        .extracting(ScreenDescriptor::id)
        .doesNotContain("admin", "audit");
    assertThat(UiState.forUser(dir, RefDataFixture.USER).get("screen.selected"))
        .as("the administrator's last screen is kept for them, not for the clerk")
        .contains("audit");
    assertThat(robot.lookup("#screen-title").queryAs(Label.class).getText()).isEqualTo("Blotter");

    // Lock by hand: content, menus and shortcuts are gone until the password is given
    robot.clickOn("#screen-title");
    press(KeyCode.CONTROL, KeyCode.L);
    waitUntil(() -> main().isLocked());
    assertThat(onFx(() -> main().root().isVisible())).as("the screens are hidden").isFalse();
    press(KeyCode.CONTROL, KeyCode.DIGIT6);
    robot.clickOn(Fx.shown(robot, "#lock-password", 10)).write("wrong-password-9");
    robot.clickOn("#lock-unlock");
    waitUntil(() -> !robot.lookup("#lock-message").queryAs(Label.class).getText().isEmpty());
    assertThat(main().isLocked()).isTrue();
    robot.clickOn("#lock-password").write(CLERK_PASSWORD);
    robot.clickOn("#lock-unlock");
    waitUntil(() -> !main().isLocked());
    assertThat(robot.lookup("#screen-title").queryAs(Label.class).getText())
        .as("Ctrl+6 pressed while locked did nothing")
        .isEqualTo("Blotter");

    // Idle: two minutes without a key or a click lock the window by themselves
    now = now.plus(Duration.ofMinutes(3));
    waitUntil(() -> main().isLocked());
    assertThat(robot.lookup("#lock-reason").queryAs(Label.class).getText())
        .isEqualTo("Locked after 2 minutes without use. Give your password to go on.");

    // Sign out from the lock screen: back to the sign-in window
    robot.clickOn("#lock-sign-out");
    waitUntil(() -> main() == null);
    Fx.shown(robot, "#login-username", 20);

    JooqAuditTrail audit =
        new JooqAuditTrail(TickmarkApplication.session().orElseThrow().startup.workspace().dsl());
    AuditFilter users = new AuditFilter(null, "User", null, null, null, null, 100);
    waitUntil(
        () -> audit.search(users).stream().anyMatch(r -> r.event().reason().equals("signed out")));
    {
      List<AuditRecord> trail = new ArrayList<>(audit.search(users));
      Collections.reverse(trail); // oldest first
      assertThat(trail)
          .extracting(r -> r.event().actor() + " " + r.event().action() + " " + r.event().reason())
          .containsSubsequence(
              "tester LOGIN ",
              "carla LOGIN ",
              "tester LOGOUT switched to carla",
              "carla LOCK locked by the user",
              "carla LOGIN_FAILED wrong password (1 of 5)",
              "carla UNLOCK ",
              "carla LOCK idle for 2 min; locked",
              "carla LOGOUT signed out");
    }
  }
}
