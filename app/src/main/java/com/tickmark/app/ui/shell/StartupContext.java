package com.tickmark.app.ui.shell;

import com.tickmark.app.AppServices;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What the startup steps share: the workspace folder and clock they start from, and what they
 * produce for the main window (the open workspace, the firm's settings). Steps run one after
 * another on one worker thread; the fields are volatile so the FX thread sees the result.
 */
public final class StartupContext {
  private final Path workspaceDirectory;
  private final Clock clock;
  private volatile Workspace workspace;
  private volatile AppServices services;
  private volatile char[] passphrase;
  private volatile FirmProfile workspaceInfo = FirmProfile.NONE;

  public StartupContext(Path workspaceDirectory, Clock clock) {
    this.workspaceDirectory =
        Objects.requireNonNull(workspaceDirectory, "workspaceDirectory")
            .toAbsolutePath()
            .normalize();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Path workspaceDirectory() {
    return workspaceDirectory;
  }

  public Clock clock() {
    return clock;
  }

  /** The workspace the open step opened. */
  public Workspace workspace() {
    Workspace ws = workspace;
    if (ws == null) {
      throw new IllegalStateException(
          "The workspace is not open yet: put this step after " + StartupSequence.OPEN_WORKSPACE);
    }
    return ws;
  }

  public Optional<Workspace> openedWorkspace() {
    return Optional.ofNullable(workspace);
  }

  /** Sets the opened workspace and builds its business services. */
  public void setWorkspace(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.services = AppServices.of(workspace, clock);
  }

  /** The business services of the open workspace. */
  public AppServices services() {
    AppServices s = services;
    if (s == null) {
      throw new IllegalStateException(
          "The workspace is not open yet: put this step after " + StartupSequence.OPEN_WORKSPACE);
    }
    return s;
  }

  /**
   * The passphrase of an encrypted workspace, asked before the steps run; {@code null} otherwise.
   */
  public char[] passphrase() {
    return passphrase;
  }

  public void setPassphrase(char[] passphrase) {
    this.passphrase = passphrase;
  }

  public FirmProfile workspaceInfo() {
    return workspaceInfo;
  }

  public void setWorkspaceInfo(FirmProfile info) {
    this.workspaceInfo = Objects.requireNonNull(info, "info");
  }

  /**
   * Closes the workspace if a step opened it (startup failed or was cancelled, or the application
   * ends).
   */
  public void closeWorkspace() {
    Workspace ws = workspace;
    AppServices s = services;
    workspace = null;
    services = null;
    if (s != null) {
      s.close();
    }
    if (ws != null) {
      ws.close();
    }
  }
}
