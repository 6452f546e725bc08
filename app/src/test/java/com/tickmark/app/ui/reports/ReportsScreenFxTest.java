package com.tickmark.app.ui.reports;

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
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * A clerk on the Reports screen, through the real main window: picks a report, fills its form,
 * previews and exports it.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsScreenFxTest {
  @TempDir static Path dir;
  static Workspace workspace;
  static FirmProfile info;
  @TempDir Path out;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private MainWindow main;
  private Stage stage;

  @BeforeAll
  static void openFixture() {
    workspace = RefDataFixture.create(dir.resolve("ws"), 30);
    info = new FirmService(new SettingsRepository(workspace.dsl())).profile();
  }

  @AfterAll
  static void closeFixture() {
    workspace.close();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Theme.LIGHT.apply();
    TaskMonitor monitor = new TaskMonitor();
    executor = new FxTaskExecutor(2, monitor, (title, error) -> failures.add(error));
    ScreenContext context =
        new ScreenContext(
            RefDataFixture.services(workspace),
            new Actor(new UserId(2), "clerk", Set.of(Role.CLERK)),
            executor,
            monitor,
            UiState.inMemory());
    main = new MainWindow(context, StandardScreens.registry(), info, () -> {});
    main.show(stage);
  }

  @AfterEach
  void stop() {
    executor.shutdown();
    assertThat(failures).isEmpty();
  }

  @Test
  void previewsAPriceHistoryWithItsChartAndExportsIt(FxRobot robot) {
    robot.clickOn("#nav-reports");
    pick(robot, "Price history");
    ReportsScreen screen = onFx(() -> (ReportsScreen) main.currentScreen().orElseThrow());
    ReportsViewModel vm = screen.viewModel();
    assertThat(robot.lookup("#report-title").queryAs(Label.class).getText())
        .isEqualTo("Price history");
    DatePicker to = robot.lookup("#report-param-to").queryAs(DatePicker.class);
    waitUntil(() -> RefDataFixture.BUSINESS_DATE.equals(to.getValue()));

    robot.clickOn("#report-preview");
    waitUntil(
        () ->
            vm.messageProperty()
                .get()
                .startsWith("Report 'price-history' needs the parameter 'instrument'"));
    assertThat(robot.lookup("#report-param-instrument").query().getPseudoClassStates())
        .extracting(Object::toString)
        .contains("danger");

    robot.clickOn("#report-param-instrument").write("sap se");
    ChoiceSearchField instrument =
        robot.lookup("#report-param-instrument").queryAs(ChoiceSearchField.class);
    waitUntil(() -> instrument.isListShowing() && instrument.list().getItems().size() == 1);
    robot.press(KeyCode.DOWN).release(KeyCode.DOWN).press(KeyCode.ENTER).release(KeyCode.ENTER);
    waitUntil(
        () ->
            vm.field("instrument").valueProperty().get().equals("SAP")
                && !instrument.isListShowing());
    assertThat(vm.field("instrument").invalidProperty().get())
        .as("editing clears the mark")
        .isFalse();
    robot.clickOn("#report-param-from").write("2025-11-17\n");
    waitUntil(() -> vm.field("from").valueProperty().get().equals("2025-11-17"));
    robot.clickOn("#report-preview");
    TableView<?> table = robot.lookup("#report-preview-table").queryAs(TableView.class);
    waitUntil(() -> table.getItems().size() == 4);
    assertThat(robot.lookup("#report-preview-caption").queryAs(Label.class).getText())
        .isEqualTo("Prices: all 4 rows, newest first.");
    LineChart<?, ?> chart = robot.lookup("#report-preview-chart").queryAs(LineChart.class);
    assertThat(chart.getData().get(0).getData()).hasSize(4);

    Path file = out.resolve("sap.pdf");
    onFx(
        () ->
            screen
                .layout()
                .setFileChoice(
                    (owner, format, suggested) -> {
                      assertThat(suggested).isEqualTo("price-history-SAP.pdf");
                      return Optional.of(file);
                    }));
    robot.clickOn("#report-export-pdf");
    waitUntil(() -> vm.messageProperty().get().startsWith("Exported"));
    assertThat(robot.lookup("#report-message").queryAs(Label.class).getText())
        .isEqualTo("Exported Price history (4 rows) to " + file);
    assertThat(file).isNotEmptyFile();
  }

  @Test
  void aViewerSeesTheExportButtonsSwitchedOff(FxRobot robot) {
    onFx(
        () -> {
          TaskMonitor monitor = new TaskMonitor();
          ScreenContext viewer =
              new ScreenContext(
                  RefDataFixture.services(workspace),
                  new Actor(new UserId(6), "viewer", Set.of(Role.VIEWER)),
                  executor,
                  monitor,
                  UiState.inMemory());
          main = new MainWindow(viewer, StandardScreens.registry(), info, () -> {});
          main.show(stage);
        });
    waitUntil(() -> robot.lookup("#nav-reports").tryQuery().isPresent());
    robot.clickOn("#nav-reports");
    pick(robot, "Instrument master");
    assertThat(robot.lookup("#report-export-excel").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#report-export-pdf").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#report-preview").queryAs(Button.class).isDisabled()).isFalse();
    robot.clickOn("#report-preview");
    TableView<?> table = robot.lookup("#report-preview-table").queryAs(TableView.class);
    waitUntil(() -> table.getItems().size() == 7);
  }

  /** Clicks the catalog entry titled {@code title}, scrolled into view as a user would. */
  private static void pick(FxRobot robot, String title) {
    ListView<ReportDefinition> list = robot.lookup("#reports-list").queryListView();
    onFx(
        () ->
            list.scrollTo(
                list.getItems().stream()
                    .filter(d -> d.title().equals(title))
                    .findFirst()
                    .orElseThrow()));
    // the cell shows at the next layout pulse: click it once it is on screen
    waitUntil(() -> robot.lookup(title).tryQuery().map(Node::isVisible).orElse(false));
    robot.clickOn(title);
  }
}
