package com.tickmark.app.ui.refdata;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.NodeSnapshots;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.report.ExportService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a clerk does on the Reference data screen, on a real workspace, through the real main
 * window.
 */
@ExtendWith(ApplicationExtension.class)
class ReferenceDataFxTest {
  private Stage stage;

  @TempDir static Path dir;
  static Workspace workspace;
  static FirmProfile info;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private TaskMonitor monitor;
  private MainWindow main;

  @BeforeAll
  static void openFixture() {
    workspace = RefDataFixture.create(dir, 40);
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
    monitor = new TaskMonitor();
    executor = new FxTaskExecutor(2, monitor, (title, error) -> failures.add(error));
    // a clerk, who may copy and export; RefDataFixture's viewer may only look
    ScreenContext services =
        new ScreenContext(
            RefDataFixture.services(workspace),
            new Actor(new UserId(98), "clerk", Set.of(Role.CLERK)),
            executor,
            monitor,
            UiState.inMemory());
    main = new MainWindow(services, StandardScreens.registry(), info, () -> {});
    main.show(stage);
  }

  @AfterEach
  void stop() {
    executor.shutdown();
    assertThat(failures).isEmpty();
  }

  @Test
  void filtersInstrumentsAndChartsThePricesOfThePickedOne(FxRobot robot) throws Exception {
    assertThat(robot.lookup("#status-firm").queryAs(Label.class).getText())
        .isEqualTo(RefDataFixture.FIRM);
    assertThat(robot.lookup("#status-business-date").queryAs(Label.class).getText())
        .isEqualTo("Business date 2025-11-20");

    robot.clickOn("#nav-refdata");
    TableView<?> instruments = robot.lookup("#refdata-instruments").queryAs(TableView.class);
    waitUntil(() -> instruments.getItems().size() == 7);

    robot.clickOn("#refdata-instruments-filter").write("apple");
    waitUntil(() -> instruments.getItems().size() == 1);
    assertThat(((Rows.InstrumentRow) instruments.getItems().get(0)).symbol()).isEqualTo("AAPL");
    assertThat(robot.lookup("#refdata-instruments-count").queryAs(Label.class).getText())
        .isEqualTo("1 of 7");

    robot
        .clickOn(instruments)
        .press(KeyCode.CONTROL, KeyCode.F)
        .release(KeyCode.F, KeyCode.CONTROL);
    TextField filter = robot.lookup("#refdata-instruments-filter").queryAs(TextField.class);
    waitUntil(filter::isFocused);
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    waitUntil(() -> instruments.getItems().size() == 7);

    robot.clickOn("#prices");
    robot.clickOn("#refdata-prices-key-filter").write("sap");
    ListView<?> keys = robot.lookup("#refdata-prices-keys").queryAs(ListView.class);
    waitUntil(() -> keys.getItems().size() == 1);
    robot.press(KeyCode.DOWN).release(KeyCode.DOWN);

    LineChart<?, ?> chart = robot.lookup("#refdata-prices-chart").queryAs(LineChart.class);
    waitUntil(() -> chart.getData().get(0).getData().size() == RefDataFixture.SAP_PRICES.size());
    assertThat(chart.isVisible()).isTrue();
    assertThat(robot.lookup("#refdata-prices-headline").queryAs(Label.class).getText())
        .isEqualTo("SAP · SAP SE");
    TableView<?> history = robot.lookup("#refdata-prices").queryAs(TableView.class);
    assertThat(((Rows.SeriesRow) history.getItems().get(0)).date())
        .as("newest first")
        .isEqualTo(RefDataFixture.SAP_PRICES.get(4).date());

    Path png =
        NodeSnapshots.write(
            main.scene(), Path.of("target", "screenshots", "reference-data-prices.png"));
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo((int) Math.round(main.scene().getWidth()));
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  @Test
  void aPairsHeaderShowsTheRangesAndTheSummaryWholeAt1280Wide(FxRobot robot) {
    robot.interact(
        () -> {
          stage.setWidth(1280);
          stage.setHeight(800);
        });
    robot.clickOn("#nav-refdata");
    robot.clickOn("#fxrates");
    ListView<?> pairs = robot.lookup("#refdata-fxrates-keys").queryAs(ListView.class);
    waitUntil(() -> !pairs.getItems().isEmpty());
    robot.interact(() -> pairs.getSelectionModel().select(0));
    Label summary = robot.lookup("#refdata-fxrates-summary").queryAs(Label.class);
    waitUntil(() -> summary.getText().contains("last on"));
    WaitForAsyncUtils.waitForFxEvents();

    for (String range : List.of("1M", "3M", "6M", "1Y", "All")) {
      ToggleButton b = robot.lookup("#refdata-fxrates-range-" + range).queryAs(ToggleButton.class);
      assertThat(b.getWidth())
          .as("%s button, not cut to '...'", range)
          .isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
    }
    assertThat(summary.getWidth())
        .as("the summary '%s' is shown whole", summary.getText())
        .isGreaterThanOrEqualTo(summary.prefWidth(-1) - 0.5);
  }

  @Test
  void togglesBetweenLightAndDarkTheme(FxRobot robot) {
    robot.clickOn("#theme-toggle");
    assertThat(onFx(Application::getUserAgentStylesheet))
        .isEqualTo(Theme.DARK.userAgentStylesheet());
    assertThat(main.viewModel().darkThemeProperty().get()).isTrue();
    robot.clickOn("#theme-toggle");
    assertThat(onFx(Application::getUserAgentStylesheet))
        .isEqualTo(Theme.LIGHT.userAgentStylesheet());
  }

  @Test
  void copiesTheSelectedRowsForASpreadsheetAndRecordsTheCopy(FxRobot robot) {
    robot.clickOn("#nav-refdata");
    ReferenceDataScreen screen =
        onFx(() -> (ReferenceDataScreen) main.currentScreen().orElseThrow());
    TableView<?> counterparties = robot.lookup("#refdata-counterparties").queryAs(TableView.class);
    waitUntil(() -> counterparties.getItems().size() == 5);
    StringBuffer clipboard = new StringBuffer();
    robot.clickOn("#counterparties");
    onFx(
        () -> {
          screen.layout().counterpartiesPane().setClipboard(clipboard::append);
          counterparties.getSelectionModel().selectIndices(1, 0);
        });
    robot.clickOn("#refdata-counterparties-copy");
    waitUntil(() -> clipboard.length() > 0);
    AuditRecord copy =
        Repositories.of(workspace)
            .audit()
            .search(
                new AuditFilter(
                    "clerk",
                    ExportService.ENTITY,
                    "Counterparties",
                    AuditAction.EXPORT,
                    null,
                    null,
                    10))
            .get(0);
    assertThat(copy.event().after())
        .contains("\"format\":\"tsv\"", "\"rows\":2", "\"destination\":\"clipboard\"");
    assertThat(clipboard.toString())
        .startsWith("Code\tName\tRole\tLEI\tBIC\tCountry\tStatus\nBARC\tBarclays Bank PLC\tBank\t")
        .contains("\nBNYM\tThe Bank of New York Mellon\tCustodian\t")
        .hasLineCount(3);
  }

  @Test
  void aClerkIsShownTheEditCommandsDisabled(FxRobot robot) {
    robot.clickOn("#nav-refdata");
    for (String id :
        List.of(
            "#refdata-instrument-add",
            "#refdata-counterparty-edit",
            "#refdata-account-retire",
            "#refdata-book-add",
            "#refdata-calendar-add",
            "#refdata-holiday-add")) {
      assertThat(robot.lookup(id).query().isDisabled()).as(id).isTrue();
    }
  }

  @Test
  void theStatusBarShowsARunningTaskAndItsCancelButtonStopsIt(FxRobot robot) throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    onFx(
        () ->
            executor.execute(
                BackgroundTask.run(
                    "Reconciling positions",
                    ctx -> {
                      running.countDown();
                      while (!ctx.isCancelled()) {
                        ctx.updateMessage("still going");
                        Thread.onSpinWait();
                      }
                      stopped.countDown();
                    })));
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
    Label task = robot.lookup("#status-task").queryAs(Label.class);
    waitUntil(() -> task.getText().startsWith("Reconciling positions") && task.isVisible());

    robot.clickOn("#status-task-cancel");

    assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
    waitUntil(
        () ->
            monitor.current() == null
                && !robot.lookup("#status-task").query().getParent().isVisible());
  }
}
