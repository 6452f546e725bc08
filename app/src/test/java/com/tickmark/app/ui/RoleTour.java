package com.tickmark.app.ui;

import static com.tickmark.app.ui.fixture.TourSteps.call;
import static com.tickmark.app.ui.fixture.TourSteps.fx;
import static com.tickmark.app.ui.fixture.TourSteps.waitUntil;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.security.Actor;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Signs in to a demo workspace ({@code ./tickmark demo --workspace DIR}, a copy: it records the
 * sign-ins) as each role in turn and writes a PNG of every screen the role has, light and dark, at
 * 1280×800 and 1920×1080, to look at them all and pick the README's pictures: {@code java -cp <test
 * class path> com.tickmark.app.ui.RoleTour DIR [output folder] [role,role...]}. Run it under a real
 * X display (Xvfb) or Monocle. A manual tool, not a test: it waits for the screens' background
 * work, then a moment for layout to settle.
 */
public final class RoleTour {
  private static final List<String> ROLES = List.of("clerk", "accountant", "risk", "admin");
  private static final int[][] SIZES = {{1280, 800}, {1920, 1080}};

  private RoleTour() {}

  public static void main(String[] args) {
    int status = 1;
    try {
      status = tour(args);
    } catch (Throwable e) {
      e.printStackTrace();
    } finally {
      // whatever happened (an FX call that timed out under load, a screen that threw), this JVM
      // must not stay alive holding the workspace's lock: tour() has closed what it opened
      System.exit(status);
    }
  }

  /** Writes the screenshots; returns the exit status (0 when every screen was written). */
  private static int tour(String[] args) throws Exception {
    Path dir = Path.of(args[0]).toAbsolutePath();
    Path out = Path.of(args.length > 1 ? args[1] : "target/role-tour").toAbsolutePath();
    List<String> roles = args.length > 2 ? List.of(args[2].split(",")) : ROLES;
    List<String> failed = new ArrayList<>();
    Workspace ws = Workspace.open(dir);
    AppServices services = null;
    FxTaskExecutor executor = null;
    try {
      services = AppServices.of(ws, Clock.systemUTC());
      FirmProfile info = new FirmService(new SettingsRepository(ws.dsl())).profile();
      CountDownLatch started = new CountDownLatch(1);
      Platform.startup(started::countDown);
      started.await();
      TaskMonitor monitor = new TaskMonitor();
      executor = new FxTaskExecutor(2, monitor, (title, e) -> e.printStackTrace());
      Stage[] stage = new Stage[1];
      fx(() -> stage[0] = new Stage());
      for (String role : roles) {
        tourRole(role, services, info, executor, monitor, stage[0], out, failed);
      }
      System.out.println("Wrote screenshots to " + out);
      if (!failed.isEmpty()) {
        System.err.println("Not written: " + failed);
      }
      return failed.isEmpty() ? 0 : 1;
    } finally {
      if (executor != null) {
        executor.shutdown();
      }
      Platform.exit();
      if (services != null) {
        services.close();
      }
      ws.close();
    }
  }

  private static void tourRole(
      String role,
      AppServices services,
      FirmProfile info,
      FxTaskExecutor executor,
      TaskMonitor monitor,
      Stage stage,
      Path out,
      List<String> failed)
      throws Exception {
    Actor actor = services.users().signIn(role, DemoUsers.PASSWORD.toCharArray());
    ScreenContext context =
        new ScreenContext(services, actor, executor, monitor, UiState.inMemory());
    MainWindow[] main = new MainWindow[1];
    fx(
        () -> {
          main[0] = new MainWindow(context, StandardScreens.registry(), info, () -> {});
          main[0].show(stage);
        });
    try {
      for (int[] size : SIZES) {
        fx(
            () -> {
              stage.setWidth(size[0]);
              stage.setHeight(size[1]);
            });
        for (String theme : new String[] {"light", "dark"}) {
          fx(() -> main[0].viewModel().darkThemeProperty().set(theme.equals("dark")));
          for (ScreenDescriptor screen : main[0].viewModel().screens()) {
            String name = role + "-" + size[0] + "x" + size[1] + "-" + theme + "-" + screen.id();
            try {
              fx(() -> main[0].viewModel().selectScreen(screen));
              settle(monitor);
              NodeSnapshots.write(call(() -> main[0].scene()), out.resolve(name + ".png"));
            } catch (Exception e) {
              // one slow or broken screen must not cost the rest of the tour
              System.err.println(name + ": " + e);
              failed.add(name);
            }
          }
        }
      }
    } finally {
      fx(() -> main[0].close());
    }
  }

  private static void settle(TaskMonitor monitor) throws Exception {
    Thread.sleep(400);
    waitUntil(() -> !monitor.busyProperty().get());
    Thread.sleep(800);
  }
}
