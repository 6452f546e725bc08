package com.tickmark.app.ui.shell;

import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.ui.ErrorDialogs;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.login.LoginView;
import com.tickmark.app.ui.login.LoginViewModel;
import com.tickmark.app.ui.login.PassphraseDialog;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskHandle;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.security.Actor;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. Start it through {@link TickmarkGui#launch}, which hands over the
 * workspace folder in {@link #configure} (JavaFX creates this class itself and passes it nothing).
 * It shows the startup window, runs the {@link StartupSequence} in the background, then opens the
 * {@link MainWindow}; if startup fails it shows why and exits.
 */
public final class TickmarkApplication extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(TickmarkApplication.class);
  private static final int WORKER_THREADS = 4;
  static final String PASSPHRASE_VARIABLE = "TICKMARK_PASSPHRASE";

  /**
   * What the application starts with.
   *
   * @param customizer adds or replaces startup steps before they run
   * @param exit ends the application (Platform.exit; tests pass something gentler)
   */
  public record LaunchConfig(
      Path workspaceDirectory, Consumer<StartupSequence> customizer, Clock clock, Runnable exit) {
    public LaunchConfig {
      Objects.requireNonNull(workspaceDirectory, "workspaceDirectory");
      Objects.requireNonNull(customizer, "customizer");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(exit, "exit");
    }
  }

  private static volatile LaunchConfig config;
  private static volatile Session session;

  /** Sets what the next start of the application uses. */
  public static void configure(LaunchConfig launchConfig) {
    config = Objects.requireNonNull(launchConfig, "launchConfig");
  }

  /**
   * The resources of the running (or ended) application, for closing them after the FX runtime
   * exits.
   */
  static Optional<Session> session() {
    return Optional.ofNullable(session);
  }

  @Override
  public void start(Stage primaryStage) {
    LaunchConfig launch = config;
    if (launch == null) {
      throw new IllegalStateException("Start Tickmark with TickmarkGui.launch(workspaceDirectory)");
    }
    ErrorDialogs.installUncaughtExceptionHandler();
    Path directory = launch.workspaceDirectory().toAbsolutePath().normalize();
    UiState uiState = UiState.load(directory);
    Theme.of(uiState.getBoolean(MainViewModel.DARK_THEME_KEY, false)).apply();

    TaskMonitor monitor = new TaskMonitor();
    FxTaskExecutor executor =
        new FxTaskExecutor(
            WORKER_THREADS,
            monitor,
            (title, error) -> ErrorDialogs.show(activeWindow(), title + " failed", error));
    StartupSequence sequence = StartupSequence.standard(directory, launch.clock());
    launch.customizer().accept(sequence);
    if (Workspace.isEncrypted(directory)) {
      String fromEnvironment = System.getenv(PASSPHRASE_VARIABLE);
      Optional<char[]> passphrase =
          fromEnvironment != null && !fromEnvironment.isEmpty()
              ? Optional.of(fromEnvironment.toCharArray())
              : PassphraseDialog.ask(directory);
      if (passphrase.isEmpty()) {
        launch.exit().run();
        return;
      }
      sequence.context().setPassphrase(passphrase.get());
    }
    Session current = new Session(sequence.context(), executor, uiState);
    session = current;

    StartupWindow startup = new StartupWindow(directory);
    TaskHandle handle =
        executor.execute(
            sequence
                .toTask()
                .onSuccess(
                    context -> {
                      startup.close();
                      current.desk =
                          new Desk(primaryStage, context, executor, monitor, launch, uiState);
                      current.desk.signIn(false);
                    })
                .onFailure(
                    error -> {
                      ErrorDialogs.showAndWait(startup.stage(), sequence.failureHeadline(), error);
                      startup.close();
                      launch.exit().run();
                    })
                .onCancelled(
                    () -> {
                      LOG.info("Startup cancelled by the user");
                      startup.close();
                      launch.exit().run();
                    }));
    startup.track(handle);
    startup.show();
  }

  /** On a demo workspace, the sign-in window lists the demo users (they are in the README too). */
  private static String loginHint(StartupContext context) {
    return context.workspaceInfo().demo()
        ? "Demo firm: sign in as admin, clerk, accountant, risk, compliance or viewer; the password"
            + " is "
            + DemoUsers.PASSWORD
            + "."
        : "";
  }

  private static Window activeWindow() {
    return Window.getWindows().stream()
        .filter(Window::isFocused)
        .findFirst()
        .or(() -> Window.getWindows().stream().filter(Window::isShowing).findFirst())
        .orElse(null);
  }

  @Override
  public void stop() {
    Session s = session;
    if (s != null) {
      if (s.desk != null) {
        s.desk.endSession("closed Tickmark", false);
      }
      s.executor.shutdown();
    }
  }

  /**
   * Who sits at the workstation: the sign-in window, then the main window of the user who signed
   * in, with their own layout; Sign out and Switch user end that user's session (audited) and start
   * the next one on the same open workspace.
   */
  static final class Desk implements MainWindow.SessionControl {
    private final Stage stage;
    private final StartupContext context;
    private final FxTaskExecutor executor;
    private final TaskMonitor monitor;
    private final LaunchConfig launch;
    private final UiState workspaceState;
    private volatile MainWindow main;
    private Actor actor;

    Desk(
        Stage stage,
        StartupContext context,
        FxTaskExecutor executor,
        TaskMonitor monitor,
        LaunchConfig launch,
        UiState workspaceState) {
      this.stage = stage;
      this.context = context;
      this.executor = executor;
      this.monitor = monitor;
      this.launch = launch;
      this.workspaceState = workspaceState;
    }

    /**
     * Shows the sign-in window: alone at start and after Sign out (giving up quits), over the main
     * window for Switch user (giving up keeps the current session).
     */
    void signIn(boolean switching) {
      LoginView[] login = new LoginView[1];
      LoginViewModel vm =
          new LoginViewModel(
              context.services().users(),
              executor,
              loginHint(context),
              signedIn -> {
                login[0].close();
                if (switching) {
                  endSession("switched to " + signedIn.username(), true);
                }
                open(signedIn);
              });
      String where =
          context.workspaceInfo().firmName().map(f -> f + " — ").orElse("")
              + context.workspaceDirectory();
      if (switching) {
        login[0] = new LoginView(vm, where, "Cancel", () -> {});
        login[0].showOver(stage);
      } else {
        login[0] = new LoginView(vm, where, launch.exit());
        login[0].show();
      }
    }

    private void open(Actor signedIn) {
      UiState mine = UiState.forUser(context.workspaceDirectory(), signedIn.username());
      if (mine.get(MainViewModel.DARK_THEME_KEY).isEmpty()) {
        mine.putBoolean(
            MainViewModel.DARK_THEME_KEY,
            workspaceState.getBoolean(MainViewModel.DARK_THEME_KEY, false));
      }
      ScreenContext screens =
          new ScreenContext(context.services(), signedIn, executor, monitor, mine);
      boolean first = actor == null;
      actor = signedIn;
      main =
          new MainWindow(
              screens, StandardScreens.registry(), context.workspaceInfo(), launch.exit(), this);
      main.show(stage);
      if (!first) {
        main.viewModel().refreshWorkspaceInfo(); // the business date may have moved on since start
      }
      LOG.info(
          "{} signed in; main window open on workspace {}",
          signedIn.username(),
          context.workspaceDirectory());
    }

    @Override
    public void signOut() {
      endSession("signed out", true);
      signIn(false);
      stage.hide();
    }

    @Override
    public void switchUser() {
      signIn(true);
    }

    /**
     * Closes the main window's session: its screens stop, the user's layout is saved, the theme
     * carries over to the sign-in window, and the audit trail records how it ended.
     *
     * @param inBackground false when the application is ending and the record must be written now
     */
    void endSession(String how, boolean inBackground) {
      MainWindow ending = main;
      Actor who = actor;
      if (ending == null) {
        return;
      }
      main = null;
      ending.close();
      workspaceState.putBoolean(
          MainViewModel.DARK_THEME_KEY, ending.viewModel().darkThemeProperty().get());
      workspaceState.save();
      Runnable record = () -> context.services().users().signOut(who, how);
      if (inBackground) {
        executor.execute(BackgroundTask.run("Signing out", ctx -> record.run()));
      } else {
        try {
          record.run();
        } catch (RuntimeException e) {
          LOG.warn("Could not record that {} {}", who.username(), how, e);
        }
      }
      LOG.info("{} {}", who.username(), how);
    }
  }

  /** What must be released when the application ends: the worker threads and the open workspace. */
  static final class Session {
    final StartupContext startup;
    final FxTaskExecutor executor;
    final UiState uiState;
    volatile Desk desk;

    Session(StartupContext startup, FxTaskExecutor executor, UiState uiState) {
      this.startup = startup;
      this.executor = executor;
      this.uiState = uiState;
    }

    /** Waits briefly for running tasks to notice they were cancelled, then closes the workspace. */
    void close() {
      executor.shutdown();
      try {
        if (!executor.awaitTermination(Duration.ofSeconds(10))) {
          LOG.warn("Background tasks still running after 10 seconds; closing the workspace anyway");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      startup.closeWorkspace();
    }

    MainWindow mainWindow() {
      Desk d = desk;
      return d == null ? null : d.main;
    }
  }

  /** For tests that start the application with FxToolkit: release what it opened. */
  static void closeSession() {
    Session s = session;
    session = null;
    if (s != null) {
      s.close();
    }
  }

  /** Platform.exit, the normal way to end. */
  static void exitPlatform() {
    Platform.exit();
  }
}
