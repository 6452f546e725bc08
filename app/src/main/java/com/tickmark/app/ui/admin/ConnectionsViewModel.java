package com.tickmark.app.ui.admin;

import com.tickmark.app.fix.DropCopyConnection;
import com.tickmark.app.fix.DropCopyConnection.Settings;
import com.tickmark.app.fix.DropCopyConnection.State;
import com.tickmark.app.fix.DropCopyConnection.Status;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin → Connections: the FIX drop-copy acceptor run inside the app. The settings (port, our and
 * the trading system's comp ids, the broker map) start as the last start left them; Start and Stop
 * run off the FX thread; the state, session and counts follow the running acceptor as messages
 * arrive. Trades are booked as the signed-in user, who needs MANAGE_CONNECTIONS.
 */
public final class ConnectionsViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionsViewModel.class);
  static final int DEFAULT_PORT = 9878;
  static final int HEARTBEAT_SECONDS = 30;

  private final DropCopyConnection connection;
  private final Actor actor;
  private final TaskExecutor executor;
  private final Executor uiThread;
  private final boolean mayManage;
  private final StringProperty port =
      new SimpleStringProperty(this, "port", Integer.toString(DEFAULT_PORT));
  private final StringProperty bindAddress = new SimpleStringProperty(this, "bindAddress", "");
  private final StringProperty sender = new SimpleStringProperty(this, "sender", "TICKMARK");
  private final StringProperty target = new SimpleStringProperty(this, "target", "");
  private final StringProperty brokers = new SimpleStringProperty(this, "brokers", "");
  private final ReadOnlyObjectWrapper<Status> status =
      new ReadOnlyObjectWrapper<>(this, "status", Status.STOPPED);
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final StringBinding problem;
  private final BooleanBinding running;
  private final BooleanBinding canStart;
  private final BooleanBinding canStop;
  private final Consumer<Status> listener;
  private boolean settingsRead;

  /**
   * @param uiThread where status changes from the engine's threads are applied (the FX thread)
   */
  public ConnectionsViewModel(
      DropCopyConnection connection, Actor actor, TaskExecutor executor, Executor uiThread) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    this.mayManage = actor.may(Permission.MANAGE_CONNECTIONS);
    this.listener = s -> uiThread.execute(() -> status.set(s));
    problem = Bindings.createStringBinding(this::firstProblem, port, sender, target, brokers);
    running = Bindings.createBooleanBinding(() -> status.get().state() != State.STOPPED, status);
    canStart =
        Bindings.createBooleanBinding(
            () -> mayManage && !busy.get() && !running.get() && problem.get().isEmpty(),
            busy,
            running,
            problem);
    canStop =
        Bindings.createBooleanBinding(
            () -> mayManage && !busy.get() && running.get(), busy, running);
  }

  /**
   * The tab became visible: follow the connection, and fill the form from the last start the first
   * time.
   */
  public void activate() {
    connection.addListener(listener);
    status.set(connection.status());
    if (!settingsRead && mayManage) {
      settingsRead = true;
      executor.execute(
          BackgroundTask.of(
                  "Reading the FIX connection settings", task -> connection.savedSettings())
              .onSuccess(this::fill)
              .onFailure(e -> LOG.warn("Could not read the saved FIX settings", e)));
    }
  }

  /** The tab was left: stop following (the connection keeps running). */
  public void deactivate() {
    connection.removeListener(listener);
  }

  private void fill(Optional<Settings> saved) {
    saved.ifPresent(
        s -> {
          port.set(Integer.toString(s.port()));
          bindAddress.set(s.bindAddress());
          sender.set(s.senderCompId());
          target.set(s.targetCompId());
          brokers.set(s.brokersText());
        });
  }

  private String firstProblem() {
    if (!mayManage) {
      return "Running connections needs the MANAGE_CONNECTIONS permission, which administrators"
          + " hold.";
    }
    try {
      settings();
      return "";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** The settings as typed; throws with a sentence saying what to fix. */
  Settings settings() {
    int p;
    try {
      p = Integer.parseInt(port.get().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "The port is a number between 1 and 65535, not '" + port.get().trim() + "'.");
    }
    if (sender.get().isBlank()) {
      throw new IllegalArgumentException("Give our comp id (SenderCompID), e.g. TICKMARK.");
    }
    if (target.get().isBlank()) {
      throw new IllegalArgumentException(
          "Give the trading system's comp id (TargetCompID), e.g. OMS1.");
    }
    return new Settings(
        bindAddress.get(),
        p,
        sender.get(),
        target.get(),
        Settings.parseBrokers(brokers.get()),
        HEARTBEAT_SECONDS);
  }

  /**
   * Starts the acceptor (off the FX thread): it books what the message log holds first, then
   * listens.
   */
  public void start() {
    if (!canStart.get()) {
      return;
    }
    Settings s = settings();
    busy.set(true);
    notice.set(Notice.NONE);
    executor.execute(
        BackgroundTask.of(
                "Starting the FIX acceptor on port " + s.port(),
                task -> connection.start(actor, s, LOG::info))
            .onSuccess(
                st -> {
                  status.set(connection.status());
                  notice.set(
                      Notice.success(
                          "Listening on port " + s.port(),
                          "Trades the drop copy books are recorded as "
                              + actor.username()
                              + ". The acceptor stops when you stop it here or quit Tickmark."));
                })
            .onFailure(
                e -> {
                  status.set(connection.status());
                  notice.set(Notice.of("Could not start the FIX acceptor", e));
                })
            .onFinished(() -> busy.set(false)));
  }

  /** Logs out, stops listening and books what is still queued (off the FX thread). */
  public void stop() {
    if (!canStop.get()) {
      return;
    }
    busy.set(true);
    executor.execute(
        BackgroundTask.run("Stopping the FIX acceptor", task -> connection.stop())
            .onSuccess(
                x -> {
                  status.set(connection.status());
                  notice.set(
                      Notice.info(
                          "FIX acceptor stopped",
                          "Everything received was booked; the trading system can reconnect after a"
                              + " start."));
                })
            .onFailure(e -> notice.set(Notice.of("Could not stop the FIX acceptor", e)))
            .onFinished(() -> busy.set(false)));
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  public boolean mayManage() {
    return mayManage;
  }

  public StringProperty portProperty() {
    return port;
  }

  public StringProperty bindAddressProperty() {
    return bindAddress;
  }

  public StringProperty senderProperty() {
    return sender;
  }

  public StringProperty targetProperty() {
    return target;
  }

  /** The broker map, "COMPID=CODE" pairs separated by commas or new lines. */
  public StringProperty brokersProperty() {
    return brokers;
  }

  /** The state, session and counts of the connection, updated on the FX thread. */
  public ReadOnlyObjectProperty<Status> statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** What to fix in the settings before starting ("" when they may be used). */
  public StringBinding problemProperty() {
    return problem;
  }

  public BooleanBinding runningProperty() {
    return running;
  }

  public BooleanBinding canStartProperty() {
    return canStart;
  }

  public BooleanBinding canStopProperty() {
    return canStop;
  }
}
