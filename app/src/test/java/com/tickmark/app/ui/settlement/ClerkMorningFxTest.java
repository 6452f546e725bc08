package com.tickmark.app.ui.settlement;

import static com.tickmark.app.ui.fixture.Fx.listCell;
import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.screenTitle;
import static com.tickmark.app.ui.fixture.Fx.shown;
import static com.tickmark.app.ui.fixture.Fx.visibleTable;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.imports.ImportScreen;
import com.tickmark.app.ui.imports.ImportViewModel;
import com.tickmark.app.ui.settlement.CashLadderViewModel.LadderRow;
import com.tickmark.app.ui.settlement.CashLadderViewModel.MovementRow;
import com.tickmark.app.ui.settlement.FailsViewModel.FailRow;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.model.settlement.status.StatusImport;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * A clerk's morning in the main window: the custodian's newest status file imported on the Import
 * files screen, then the fails, one assigned with a comment, then the cash ladder and from one of
 * its obligations to the trade.
 */
@ExtendWith(ApplicationExtension.class)
class ClerkMorningFxTest {
  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private MainWindow main;

  /** This morning's file, which the clerk imports; the earlier days' are in already. */
  static final String TODAYS_FILE = "BTC_status_20251120.csv";

  @BeforeAll
  static void aDemoFirmWithEarlierStatusFilesImported() throws IOException {
    workspace = Workspace.open(dir.resolve("ws"));
    services =
        FailsViewModelTest.importedDemoFirm(
            workspace, file -> !file.getFileName().toString().equals(TODAYS_FILE));
  }

  @AfterAll
  static void close() {
    workspace.close();
    workspace = null;
    services = null;
  }

  @Start
  void start(Stage stage) {
    Theme.LIGHT.apply();
    TaskMonitor monitor = new TaskMonitor();
    executor = new FxTaskExecutor(2, monitor, (title, error) -> failures.add(error));
    ScreenContext clerk =
        new ScreenContext(services, FailsFxTest.CLERK, executor, monitor, UiState.inMemory());
    main = new MainWindow(clerk, StandardScreens.registry(), FirmProfile.NONE, () -> {});
    main.show(stage);
  }

  @AfterEach
  void stop() {
    onFx(main::close);
    executor.shutdown();
    main = null;
    assertThat(failures).isEmpty();
  }

  @Test
  void todaysStatusFileThenTheFailsThenTheLadderThenATradeBehindIt(FxRobot robot) {
    Path todays = workspace.inbox().resolve("settlement").resolve(TODAYS_FILE);
    assertThat(todays).exists();
    robot.clickOn("#nav-" + ImportScreen.ID);
    waitUntil(() -> "Import files".equals(screenTitle(robot)));
    ImportScreen imports = onFx(() -> (ImportScreen) main.currentScreen().orElseThrow());
    ImportViewModel vm = imports.viewModel();
    robot.clickOn("#imports-kind");
    robot.clickOn(onFx(() -> listCell(robot, "Settlement status file")));
    waitUntil(() -> !vm.kindProperty().get().isTradeFile());
    onFx(() -> vm.fileProperty().set(todays)); // what the file chooser returns
    robot.clickOn(shown(robot, "#imports-import-all"));
    waitUntil(() -> vm.noticeProperty().get().title().equals("Settlement status file imported"));
    assertThat(vm.noticeProperty().get().text()).startsWith("Imported " + TODAYS_FILE + ":");
    assertThat(
            services
                .area(SettlementServices.class)
                .statusImports()
                .imports(FailsFxTest.CLERK)
                .stream()
                .map(StatusImport::fileName))
        .as("the clerk's import is stored")
        .contains(TODAYS_FILE);

    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT);
    robot.release(KeyCode.CONTROL);
    waitUntil(() -> "Fails".equals(screenTitle(robot)));
    TableView<FailRow> fails = visibleTable(robot, 0);
    waitUntil(() -> !fails.getItems().isEmpty());
    onFx(() -> fails.getSelectionModel().select(0));
    String failed = onFx(() -> fails.getSelectionModel().getSelectedItem().trade());
    robot.clickOn(shown(robot, "#settlement-fails-assign"));
    robot.clickOn(shown(robot, "#settlement-fail-owner"));
    waitUntil(() -> listCell(robot, "accountant") != null);
    robot.clickOn(onFx(() -> listCell(robot, "accountant")));
    robot.clickOn(shown(robot, "#settlement-fail-comment")).write("Buy-in risk, call GSX");
    robot.clickOn("#dialog-ok");
    waitUntil(
        () ->
            fails.getItems().stream()
                .anyMatch(r -> r.trade().equals(failed) && r.owner().equals("accountant")));

    robot.clickOn("#nav-" + CashLadderScreen.ID);
    waitUntil(() -> "Cash ladder".equals(screenTitle(robot)));
    TableView<LadderRow> ladder = visibleTable(robot, 0);
    waitUntil(() -> ladder.getItems().stream().anyMatch(r -> r.obligations() > 0));
    int busy =
        onFx(
            () -> {
              for (int i = 0; i < ladder.getItems().size(); i++) {
                if (ladder.getItems().get(i).obligations() > 0) {
                  return i;
                }
              }
              return -1;
            });
    onFx(() -> ladder.getSelectionModel().select(busy, ladder.getColumns().get(0)));
    TableView<MovementRow> behind = visibleTable(robot, 1);
    waitUntil(() -> !behind.getItems().isEmpty());
    onFx(() -> behind.getSelectionModel().select(0));
    String trade = onFx(() -> behind.getSelectionModel().getSelectedItem().trade());
    robot.clickOn(shown(robot, "#settlement-ladder-open-trade"));

    waitUntil(() -> "Blotter".equals(screenTitle(robot)));
    assertThat(robot.lookup("#blotter-filter").queryAs(TextField.class).getText())
        .as("the blotter finds the trade behind the obligation")
        .isEqualTo(trade);
  }
}
