package com.tickmark.app;

import com.tickmark.app.cli.TickmarkCommand;
import com.tickmark.app.ui.shell.TickmarkGui;
import java.nio.file.Path;

/**
 * Starts Tickmark: the desktop app when no subcommand is given, otherwise the headless command.
 * Deliberately not a JavaFX {@code Application}, so that it runs from a plain class path.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Path workspace =
        WorkspaceLocation.resolve(
            WorkspaceLocation.findOption(args), System.getenv(), System.getProperty("user.home"));
    // Before the first logger is created: logs go to the workspace, and jOOQ keeps its banner to
    // itself.
    System.setProperty("tickmark.log.dir", workspace.resolve("logs").toString());
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    System.exit(
        TickmarkCommand.execute(
            args, System.out, System.err, System.getenv(), TickmarkGui::launch));
  }
}
