package com.tickmark.app.ui.refdata;

import static com.tickmark.app.ui.fixture.TourSteps.call;
import static com.tickmark.app.ui.fixture.TourSteps.fx;
import static com.tickmark.app.ui.fixture.TourSteps.waitUntil;

import com.tickmark.app.ui.ErrorDialogs;
import com.tickmark.app.ui.ErrorReport;
import com.tickmark.app.ui.NodeSnapshots;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.StartupWindow;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.model.firm.FirmService;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import com.tickmark.persistence.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Walks through the screens on a fixture workspace and writes a PNG of each, in light and dark, for
 * looking at them (and later for documentation): {@code java -cp <test class path>
 * com.tickmark.app.ui.refdata.ScreenTour [workspace] [output folder]}.
 */
public final class ScreenTour {
  private static Path out;
  private static MainWindow main;
  private static Stage stage;

  private ScreenTour() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/fixture-workspace").toAbsolutePath();
    out = Path.of(args.length > 1 ? args[1] : "target/tour").toAbsolutePath();
    if (!Workspace.exists(dir)) {
      RefDataFixture.create(dir, 500).close();
    }
    Workspace ws = Workspace.open(dir);
    FirmProfile info = new FirmService(new SettingsRepository(ws.dsl())).profile();
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    TaskMonitor monitor = new TaskMonitor();
    FxTaskExecutor executor = new FxTaskExecutor(2, monitor, (title, e) -> e.printStackTrace());
    ScreenContext services =
        RefDataFixture.screenContext(ws, executor, monitor, UiState.inMemory());
    fx(
        () -> {
          stage = new Stage();
          main = new MainWindow(services, StandardScreens.registry(), info, Platform::exit);
          main.show(stage);
        });
    fx(
        () ->
            main.viewModel().screens().stream()
                .filter(d -> d.id().equals(ReferenceDataScreen.ID))
                .findFirst()
                .ifPresent(main.viewModel()::selectScreen));
    ReferenceDataScreen screen =
        call(() -> (ReferenceDataScreen) main.currentScreen().orElseThrow());
    ReferenceDataViewModel vm = screen.viewModel();
    waitUntil(() -> vm.instruments().totalCountProperty().get() > 0);

    for (String theme : new String[] {"light", "dark"}) {
      fx(() -> main.viewModel().darkThemeProperty().set(theme.equals("dark")));
      for (String tab :
          new String[] {
            "instruments", "counterparties", "accounts", "ssis", "books", "currencies", "calendars"
          }) {
        selectTab(screen, tab);
        shot(theme + "-" + tab);
      }
      selectTab(screen, "prices");
      fx(
          () ->
              vm.prices()
                  .selectedProperty()
                  .set(
                      vm.prices().keys().stream()
                          .filter(k -> k.symbol().equals("AAPL"))
                          .findFirst()
                          .orElseThrow()));
      waitUntil(() -> !vm.prices().points().isEmpty());
      shot(theme + "-prices");
      fx(() -> vm.prices().rangeProperty().set(HistoryRange.THREE_MONTHS));
      shot(theme + "-prices-3m");
      fx(() -> vm.prices().rangeProperty().set(HistoryRange.ALL));
      selectTab(screen, "fxrates");
      fx(() -> vm.fxRates().selectedProperty().set(vm.fxRates().keys().get(0)));
      waitUntil(() -> !vm.fxRates().points().isEmpty());
      shot(theme + "-fxrates");
      selectTab(screen, "instruments");
      fx(() -> vm.instruments().filterTextProperty().set("information tech"));
      shot(theme + "-instruments-filtered");
      fx(() -> vm.instruments().filterTextProperty().set(""));
    }
    fx(
        () -> {
          Alert alert =
              ErrorDialogs.create(
                  stage,
                  ErrorReport.of(
                      "Tickmark could not start: opening the workspace failed",
                      new WorkspaceException(
                          WorkspaceException.Reason.LOCKED,
                          "The workspace "
                              + dir
                              + " is already open in another Tickmark (process 4242 of user clerk"
                              + " on desk-7, since 2025-11-20T08:01:00Z). Close that window first,"
                              + " or open a different workspace with --workspace DIR.",
                          null)));
          alert.show();
          alert.getDialogPane().getScene().getWindow().sizeToScene();
        });
    Thread.sleep(500);
    fx(
        () ->
            Window.getWindows().stream()
                .filter(w -> w != stage)
                .findFirst()
                .ifPresent(
                    w -> NodeSnapshots.write(w.getScene(), out.resolve("dark-error-dialog.png"))));
    fx(
        () -> {
          StartupWindow startup = new StartupWindow(dir);
          startup.show();
          NodeSnapshots.write(startup.stage().getScene(), out.resolve("dark-startup.png"));
          startup.close();
        });
    for (int item : new int[] {0, 1}) {
      fx(
          () -> {
            MenuBar bar = (MenuBar) main.root().lookup(".menu-bar");
            bar.getMenus().get(2).getItems().get(item).fire();
          });
      Thread.sleep(500);
      fx(
          () -> {
            Window dialog =
                Window.getWindows().stream()
                    .filter(w -> w != stage && w.isShowing())
                    .reduce((a, b) -> b)
                    .orElseThrow();
            NodeSnapshots.write(dialog.getScene(), out.resolve("dark-help-" + item + ".png"));
          });
    }
    new ProcessBuilder("import", "-window", "root", out.resolve("screen-root.png").toString())
        .inheritIO()
        .start()
        .waitFor();
    System.out.println("Wrote screenshots to " + out);
    executor.shutdown();
    fx(Platform::exit);
    ws.close();
    System.exit(0);
  }

  private static void selectTab(ReferenceDataScreen screen, String id) throws Exception {
    fx(
        () ->
            screen.layout().tabs().getTabs().stream()
                .filter(t -> t.getId().equals(id))
                .findFirst()
                .ifPresent(t -> screen.layout().tabs().getSelectionModel().select(t)));
  }

  private static void shot(String name) throws Exception {
    Thread.sleep(400); // let layout and CSS settle; this is a manual tool, not a test
    NodeSnapshots.write(main.scene(), out.resolve(name + ".png"));
  }
}
