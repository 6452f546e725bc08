package com.tickmark.app.ui.shell;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.ui.NodeSnapshots;
import com.tickmark.app.ui.fixture.SignIn;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.application.Application;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * What a newcomer sees: the first start on an empty folder creates the demo firm with a progress
 * bar, asks them to sign in, and opens a back office full of the firm's reference data.
 */
class FirstStartFxTest {
  @TempDir Path dir;
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

  @Test
  void theFirstStartCreatesTheDemoFirmThenTheClerkBrowsesItsReferenceData() throws Exception {
    // a fixed "today" (Monday 2025-11-24) makes the demo firm's business date Friday 2025-11-21
    Clock monday = Clock.fixed(Instant.parse("2025-11-24T08:00:00Z"), ZoneOffset.UTC);
    TickmarkApplication.configure(
        new TickmarkApplication.LaunchConfig(
            dir.resolve("fresh"), sequence -> {}, monday, () -> {}));
    app = FxToolkit.setupApplication(TickmarkApplication::new);

    waitUntil(() -> robot.lookup(".progress-bar").tryQuery().isPresent());
    // creating the demo firm takes a while on a busy machine
    SignIn.awaitWindow(robot, 240);
    assertThat(robot.lookup("#login-hint").queryAs(Label.class).getText())
        .contains("clerk")
        .contains(DemoUsers.PASSWORD);
    SignIn.as(robot, "clerk", DemoUsers.PASSWORD, 20);

    waitUntil(
        () ->
            TickmarkApplication.session().map(TickmarkApplication.Session::mainWindow).isPresent()
                && robot.lookup("#status-business-date").tryQuery().isPresent());
    assertThat(robot.lookup("#status-business-date").queryAs(Label.class).getText())
        .isEqualTo("Business date 2025-11-21");
    assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).contains("clerk");

    robot.clickOn("#nav-refdata");
    TableView<?> instruments = robot.lookup("#refdata-instruments").queryAs(TableView.class);
    waitUntil(() -> instruments.getItems().size() >= 200);
    int all = onFx(() -> instruments.getItems().size());
    robot.clickOn("#refdata-instruments-filter").write("EUR/USD");
    waitUntil(() -> instruments.getItems().size() == 1);
    assertThat(robot.lookup("#refdata-instruments-count").queryAs(Label.class).getText())
        .isEqualTo("1 of " + all);
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

    robot.clickOn("#prices");
    ListView<?> keys = robot.lookup("#refdata-prices-keys").queryAs(ListView.class);
    waitUntil(() -> keys.getItems().size() >= 200);
    robot.clickOn("#refdata-prices-key-filter");
    robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
    LineChart<?, ?> chart = robot.lookup("#refdata-prices-chart").queryAs(LineChart.class);
    waitUntil(() -> !chart.getData().isEmpty() && chart.getData().get(0).getData().size() > 400);

    MainWindow main = TickmarkApplication.session().orElseThrow().mainWindow();
    NodeSnapshots.write(
        onFx(main::scene), Path.of("target", "screenshots", "first-start-prices.png"));
  }
}
