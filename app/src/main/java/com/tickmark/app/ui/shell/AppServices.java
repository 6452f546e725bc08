package com.tickmark.app.ui.shell;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.persistence.marketdata.MarketDataRepository;
import com.tickmark.persistence.refdata.ReferenceDataRepository;
import com.tickmark.persistence.trade.TradeRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What screens are built from: the open workspace and its repositories, the background executor
 * and its monitor, the saved window layout, and the clock. The shell owns it; screens only use it.
 */
public final class AppServices {
  private final Workspace workspace;
  private final TaskExecutor executor;
  private final TaskMonitor monitor;
  private final UiState uiState;
  private final Clock clock;
  private final String userName;
  private final ReferenceDataRepository referenceData;
  private final MarketDataRepository marketData;
  private final SettingsRepository settings;
  private final TradeRepository trades;

  public AppServices(Workspace workspace, TaskExecutor executor, TaskMonitor monitor, UiState uiState, Clock clock, String userName) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.monitor = Objects.requireNonNull(monitor, "monitor");
    this.uiState = Objects.requireNonNull(uiState, "uiState");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.userName = Objects.requireNonNull(userName, "userName");
    this.referenceData = new ReferenceDataRepository(workspace.dsl());
    this.marketData = new MarketDataRepository(workspace.dsl());
    this.settings = new SettingsRepository(workspace.dsl());
    this.trades = new TradeRepository(workspace.dsl());
  }

  public Workspace workspace() {
    return workspace;
  }

  public Path workspaceDirectory() {
    return workspace.directory();
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
    return clock;
  }

  /** Who is working: the operating-system user until Tickmark has its own login. */
  public String userName() {
    return userName;
  }

  public ReferenceDataRepository referenceData() {
    return referenceData;
  }

  public MarketDataRepository marketData() {
    return marketData;
  }

  public SettingsRepository settings() {
    return settings;
  }

  public TradeRepository trades() {
    return trades;
  }
}
