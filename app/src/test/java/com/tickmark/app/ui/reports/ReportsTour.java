package com.tickmark.app.ui.reports;

import static com.tickmark.app.ui.fixture.TourSteps.call;
import static com.tickmark.app.ui.fixture.TourSteps.fx;
import static com.tickmark.app.ui.fixture.TourSteps.waitUntil;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.ui.NodeSnapshots;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.security.Actor;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Shows the Reports screen on a demo workspace, signed in as the clerk, previews a price history
 * and writes PNGs of it, light and dark, for looking at the screen and for the README: {@code java
 * -cp <test class path> com.tickmark.app.ui.reports.ReportsTour WORKSPACE [OUT] [SYMBOL]} (make the
 * workspace with {@code ./tickmark demo --workspace WORKSPACE}).
 */
public final class ReportsTour {
  private static MainWindow main;

  private ReportsTour() {}

  public static void main(String[] args) throws Exception {
    Workspace ws = Workspace.open(Path.of(args[0]));
    Path out = Path.of(args.length > 1 ? args[1] : "target/tour").toAbsolutePath();
    AppServices services = AppServices.of(ws, Clock.systemUTC());
    Actor clerk = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
    String symbol =
        args.length > 2 ? args[2] : services.referenceData().instruments(clerk).get(0).symbol();
    FirmProfile info = new FirmService(new SettingsRepository(ws.dsl())).profile();
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    TaskMonitor monitor = new TaskMonitor();
    FxTaskExecutor executor = new FxTaskExecutor(2, monitor, (title, e) -> e.printStackTrace());
    ScreenContext context =
        new ScreenContext(services, clerk, executor, monitor, UiState.inMemory());
    fx(
        () -> {
          Theme.LIGHT.apply();
          Stage stage = new Stage();
          main = new MainWindow(context, StandardScreens.registry(), info, Platform::exit);
          main.show(stage);
          // after show(), which restores the remembered window size
          stage.setWidth(1280);
          stage.setHeight(800);
          stage.setX(0);
          stage.setY(0);
          main.viewModel()
              .selectScreen(
                  main.viewModel().screens().stream()
                      .filter(s -> s.id().equals(ReportsScreen.ID))
                      .findFirst()
                      .orElseThrow());
        });
    ReportsScreen screen = call(() -> (ReportsScreen) main.currentScreen().orElseThrow());
    ReportsViewModel vm = screen.viewModel();
    fx(() -> vm.selectedProperty().set(vm.catalog().get("price-history")));
    waitUntil(() -> !vm.field("instrument").choices().isEmpty());
    fx(() -> vm.field("instrument").valueProperty().set(symbol));
    fx(vm::preview);
    waitUntil(() -> vm.previewTableProperty().get() != null && !vm.previewingProperty().get());
    for (String theme : new String[] {"light", "dark"}) {
      fx(() -> main.viewModel().darkThemeProperty().set(theme.equals("dark")));
      Thread.sleep(600); // let layout and CSS settle; this is a manual tool, not a test
      NodeSnapshots.write(main.scene(), out.resolve("reports-" + theme + ".png"));
    }
    fx(() -> main.viewModel().darkThemeProperty().set(false));
    fx(() -> vm.selectedProperty().set(vm.catalog().get("instrument-master")));
    fx(vm::preview);
    waitUntil(() -> vm.previewTableProperty().get() != null && !vm.previewingProperty().get());
    Thread.sleep(600);
    NodeSnapshots.write(main.scene(), out.resolve("reports-instruments.png"));
    System.out.println("Wrote screenshots to " + out);
    executor.shutdown();
    fx(Platform::exit);
    ws.close();
    System.exit(0);
  }
}
