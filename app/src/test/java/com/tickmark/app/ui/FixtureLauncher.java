package com.tickmark.app.ui;

import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.shell.TickmarkGui;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;

/**
 * Starts the GUI on a fixture workspace (created on first use with 500 days of prices), for looking
 * at the screens by hand: {@code java -cp <test class path> com.tickmark.app.ui.FixtureLauncher
 * [dir]}.
 */
public final class FixtureLauncher {
  private FixtureLauncher() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/fixture-workspace").toAbsolutePath();
    if (!Workspace.exists(dir)) {
      RefDataFixture.create(dir, 500).close();
    }
    TickmarkGui.launch(dir);
  }
}
