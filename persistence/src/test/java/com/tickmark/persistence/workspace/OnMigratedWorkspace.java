package com.tickmark.persistence.workspace;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository test's database: a new workspace per test, the real H2 after every migration. A
 * subclass's own {@code @BeforeEach} runs after the workspace is open.
 */
public abstract class OnMigratedWorkspace {
  @TempDir protected Path dir;
  protected Workspace ws;

  @BeforeEach
  void openWorkspace() {
    ws = Workspace.open(dir);
  }

  @AfterEach
  void closeWorkspace() {
    ws.close();
  }
}
