package com.tickmark.app.ui.shell;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.security.Actor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * What screens are built from: the business services of the open workspace, the signed-in user on
 * whose behalf every call is made, the background executor and its monitor, and the saved layout.
 * The shell owns it; screens only use it.
 */
public final class ScreenContext {
  private final AppServices services;
  private final Actor actor;
  private final TaskExecutor executor;
  private final TaskMonitor monitor;
  private final UiState uiState;
  private final BiConsumer<String, String> opener;

  public ScreenContext(
      AppServices services,
      Actor actor,
      TaskExecutor executor,
      TaskMonitor monitor,
      UiState uiState) {
    this(services, actor, executor, monitor, uiState, (screen, item) -> {});
  }

  private ScreenContext(
      AppServices services,
      Actor actor,
      TaskExecutor executor,
      TaskMonitor monitor,
      UiState uiState,
      BiConsumer<String, String> opener) {
    this.services = Objects.requireNonNull(services, "services");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.monitor = Objects.requireNonNull(monitor, "monitor");
    this.uiState = Objects.requireNonNull(uiState, "uiState");
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  /** The same context for screens shown in a window that can open {@code opener}'s screens. */
  ScreenContext withOpener(BiConsumer<String, String> opener) {
    return new ScreenContext(services, actor, executor, monitor, uiState, opener);
  }

  /**
   * Shows the screen {@code screenId} with {@code item} in front (the blotter: a trade id), from a
   * figure the user drilled into; nothing when the user has no such screen.
   */
  public void open(String screenId, String item) {
    opener.accept(screenId, item);
  }

  /** The business services; pass {@link #actor()} to every call. */
  public AppServices services() {
    return services;
  }

  /** The signed-in user. */
  public Actor actor() {
    return actor;
  }

  public Path workspaceDirectory() {
    return services.workspaceDirectory();
  }

  public TaskExecutor executor() {
    return executor;
  }

  public TaskMonitor monitor() {
    return monitor;
  }

  public UiState uiState() {
    return uiState;
  }

  public Clock clock() {
    return services.clock();
  }

  public String userName() {
    return actor.username();
  }
}
