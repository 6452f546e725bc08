package com.tickmark.app.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Application;

/**
 * The entry point of the desktop application, for {@code Main}: call it on the main thread; it
 * returns when the user quits, after the workspace is closed.
 */
public final class TickmarkGui {
  private TickmarkGui() {}

  /**
   * Starts the GUI on the workspace in {@code workspaceDirectory} (created if it does not exist).
   */
  public static void launch(Path workspaceDirectory) {
    launch(workspaceDirectory, sequence -> {});
  }

  /**
   * Starts the GUI with extra startup steps, e.g. generating the demo firm on first run: {@code
   * TickmarkGui.launch(dir, seq -> seq.insertAfter(StartupSequence.OPEN_WORKSPACE, demoStep))}.
   */
  public static void launch(Path workspaceDirectory, Consumer<StartupSequence> customizeStartup) {
    Objects.requireNonNull(workspaceDirectory, "workspaceDirectory");
    TickmarkApplication.configure(
        new TickmarkApplication.LaunchConfig(
            workspaceDirectory,
            customizeStartup,
            Clock.systemDefaultZone(),
            TickmarkApplication::exitPlatform));
    try {
      Application.launch(TickmarkApplication.class);
    } finally {
      TickmarkApplication.closeSession();
    }
  }
}
