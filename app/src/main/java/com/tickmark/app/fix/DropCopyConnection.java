package com.tickmark.app.fix;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.fix.DropCopyService;
import com.tickmark.model.trade.fix.ReceivedReport;
import com.tickmark.model.trade.fix.ReportOutcome;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace's one FIX drop-copy connection: starts and stops a {@link FixDropCopyAcceptor}
 * booking as the user who started it, and keeps what a person watching it wants to know (state,
 * session, counts, the last error). The {@code fix-acceptor} command and the app's Admin →
 * Connections both run the acceptor through this, so both check the same permission, keep the
 * engine's files in {@code <workspace>/fix/}, and record starts and stops in the audit trail. The
 * settings of the last start are kept in the workspace, so the next start (and the repair queue's
 * retry, which needs the broker map) uses them.
 */
public final class DropCopyConnection implements AutoCloseable {
  public static final String ENTITY = "FixConnection";
  static final String PORT = "fix.port";
  static final String BIND = "fix.bind";
  static final String SENDER = "fix.sender";
  static final String TARGET = "fix.target";
  static final String BROKERS = "fix.brokers";
  private static final Logger LOG = LoggerFactory.getLogger(DropCopyConnection.class);

  /** Stopped, listening for the counterparty, or in session with it. */
  public enum State {
    STOPPED("Stopped"),
    LISTENING("Listening"),
    LOGGED_ON("Logged on");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * How to run the acceptor.
   *
   * @param bindAddress the address to listen on, or null/empty for every interface
   * @param brokers the executing broker's code for each counterparty comp id
   */
  public record Settings(
      String bindAddress,
      int port,
      String senderCompId,
      String targetCompId,
      Map<String, String> brokers,
      int heartbeatSeconds) {
    public Settings {
      bindAddress = bindAddress == null ? "" : bindAddress.trim();
      senderCompId = Objects.requireNonNull(senderCompId, "sender comp id").trim();
      targetCompId = Objects.requireNonNull(targetCompId, "target comp id").trim();
      brokers = Map.copyOf(brokers == null ? Map.of() : brokers);
      if (port < 1 || port > 65_535) {
        throw new IllegalArgumentException(
            "The port must be between 1 and 65535, not " + port + ".");
      }
      if (senderCompId.isEmpty() || targetCompId.isEmpty()) {
        throw new IllegalArgumentException(
            "Give both comp ids: ours (SenderCompID) and the trading system's (TargetCompID).");
      }
      if (heartbeatSeconds < 1) {
        throw new IllegalArgumentException("The heartbeat interval must be at least 1 second.");
      }
    }

    public FixDropCopyAcceptor.Config config() {
      return new FixDropCopyAcceptor.Config(
          bindAddress.isEmpty() ? null : bindAddress,
          port,
          senderCompId,
          targetCompId,
          heartbeatSeconds);
    }

    /** The session as QuickFIX/J names it: FIX.4.4:SENDER->TARGET. */
    public String session() {
      return config().sessionId().toString();
    }

    /** The broker map as a person writes it: "OMS1=GSCO, OMS2=MSCO". */
    public String brokersText() {
      return brokers.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(", "));
    }

    /**
     * A broker map from "COMPID=CODE" pairs separated by commas, semicolons or new lines.
     *
     * @throws IllegalArgumentException naming the pair that is not COMPID=CODE
     */
    public static Map<String, String> parseBrokers(String text) {
      Map<String, String> map = new LinkedHashMap<>();
      if (text == null) {
        return map;
      }
      for (String part : text.split("[,;\\n]")) {
        String pair = part.trim();
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        if (eq <= 0 || eq == pair.length() - 1) {
          throw new IllegalArgumentException(
              "'" + pair + "' is not COMPID=CODE (for example OMS1=GSCO).");
        }
        map.put(
            pair.substring(0, eq).trim(), pair.substring(eq + 1).trim().toUpperCase(Locale.ROOT));
      }
      return map;
    }
  }

  /**
   * What a person watching the connection sees.
   *
   * @param session the FIX session, or "" when stopped
   * @param received application messages received since the start
   * @param booked execution reports booked since the start (whatever became of them)
   * @param lastError the last thing that went wrong, or ""
   */
  public record Status(
      State state,
      String session,
      String startedBy,
      long received,
      long booked,
      long created,
      long corrected,
      long repairs,
      long duplicates,
      String lastError) {
    public static final Status STOPPED = new Status(State.STOPPED, "", "", 0, 0, 0, 0, 0, 0, "");

    Status with(State s) {
      return new Status(
          s,
          session,
          startedBy,
          received,
          booked,
          created,
          corrected,
          repairs,
          duplicates,
          lastError);
    }

    Status withError(String error) {
      return new Status(
          state,
          session,
          startedBy,
          received,
          booked,
          created,
          corrected,
          repairs,
          duplicates,
          error);
    }
  }

  private final Function<Map<String, String>, DropCopyService> services;
  private final SettingsRepository settingsStore;
  private final AuditTrail audit;
  private final Path directory;
  private final Clock clock;
  private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
  private final Object lock = new Object();
  private FixDropCopyAcceptor acceptor;
  private Settings running;
  private Actor startedBy;
  private Status status = Status.STOPPED;

  /**
   * @param services the booking service for a broker map
   * @param directory where the engine keeps its store and log ({@code <workspace>/fix})
   */
  public DropCopyConnection(
      Function<Map<String, String>, DropCopyService> services,
      SettingsRepository settingsStore,
      AuditTrail audit,
      Path directory,
      Clock clock) {
    this.services = services;
    this.settingsStore = settingsStore;
    this.audit = audit;
    this.directory = directory;
    this.clock = clock;
  }

  /** The settings of the last start in this workspace, if it was ever started. */
  public Optional<Settings> savedSettings() {
    Optional<String> port = settingsStore.get(PORT);
    Optional<String> sender = settingsStore.get(SENDER);
    Optional<String> target = settingsStore.get(TARGET);
    if (port.isEmpty() || sender.isEmpty() || target.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Settings(
              settingsStore.get(BIND).orElse(""),
              Integer.parseInt(port.get()),
              sender.get(),
              target.get(),
              Settings.parseBrokers(settingsStore.get(BROKERS).orElse("")),
              30));
    } catch (IllegalArgumentException e) {
      LOG.warn("Ignoring the saved FIX settings: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** The broker map in use: the running acceptor's, else the last start's, else none. */
  public Map<String, String> brokers() {
    synchronized (lock) {
      if (running != null) {
        return running.brokers();
      }
    }
    return savedSettings().map(Settings::brokers).orElse(Map.of());
  }

  /**
   * Books what the message log holds and the database lacks, then listens; the settings are kept
   * for next time and the start is audited.
   *
   * @param out a line per message and booking (the command prints them; the app logs them)
   * @throws IllegalStateException when already running, or the engine cannot start (the port is
   *     taken...)
   */
  public Status start(Actor actor, Settings settings, Consumer<String> out) {
    DropCopyService.requireMayBook(actor);
    synchronized (lock) {
      if (acceptor != null) {
        throw new IllegalStateException(
            "The FIX acceptor is running already (" + running.session() + "); stop it first.");
      }
      status =
          new Status(State.LISTENING, settings.session(), actor.username(), 0, 0, 0, 0, 0, 0, "");
      FixDropCopyAcceptor started = null;
      try {
        started =
            new FixDropCopyAcceptor(
                settings.config(),
                directory,
                services.apply(settings.brokers()),
                actor,
                clock,
                out,
                new Events(),
                FixDropCopyAcceptor.CheckpointStore.of(settingsStore));
        started.start();
      } catch (RuntimeException e) {
        if (started != null) {
          closeQuietly(started);
        }
        status = Status.STOPPED.withError(describe(e));
        notifyListeners();
        throw new IllegalStateException(
            "The FIX acceptor could not start on port " + settings.port() + ": " + describe(e), e);
      }
      acceptor = started;
      running = settings;
      startedBy = actor;
    }
    settingsStore.put(PORT, Integer.toString(settings.port()));
    settingsStore.put(BIND, settings.bindAddress());
    settingsStore.put(SENDER, settings.senderCompId());
    settingsStore.put(TARGET, settings.targetCompId());
    settingsStore.put(BROKERS, settings.brokersText());
    audit.append(
        new AuditEvent(
            actor.username(),
            clock.instant(),
            ENTITY,
            settings.session(),
            AuditAction.CONFIGURE,
            stopped(),
            json(settings, "LISTENING"),
            "FIX drop copy started"));
    LOG.info("FIX drop copy {} started by {}", settings.session(), actor.username());
    notifyListeners();
    return status();
  }

  /** Logs out, stops listening and books what is still queued; does nothing when stopped. */
  public void stop() {
    FixDropCopyAcceptor stopping;
    Settings was;
    Actor by;
    synchronized (lock) {
      stopping = acceptor;
      was = running;
      by = startedBy;
      acceptor = null;
      running = null;
      startedBy = null;
    }
    if (stopping == null) {
      return;
    }
    try {
      stopping.awaitIdle(Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly(stopping);
    synchronized (lock) {
      status = status.with(State.STOPPED);
    }
    try {
      audit.append(
          new AuditEvent(
              by.username(),
              clock.instant(),
              ENTITY,
              was.session(),
              AuditAction.CONFIGURE,
              json(was, "LISTENING"),
              stopped(),
              "FIX drop copy stopped"));
    } catch (RuntimeException e) {
      LOG.warn(
          "Could not audit the stop of the FIX drop copy (the workspace may be closing): {}",
          e.toString());
    }
    LOG.info("FIX drop copy {} stopped", was.session());
    notifyListeners();
  }

  public boolean isRunning() {
    synchronized (lock) {
      return acceptor != null;
    }
  }

  public Status status() {
    synchronized (lock) {
      return status;
    }
  }

  /** The running acceptor (for the command's progress lines), if any. */
  public Optional<FixDropCopyAcceptor> acceptor() {
    synchronized (lock) {
      return Optional.ofNullable(acceptor);
    }
  }

  /** Told of every change of status, on whichever thread made it. */
  public void addListener(Consumer<Status> listener) {
    listeners.add(listener);
  }

  public void removeListener(Consumer<Status> listener) {
    listeners.remove(listener);
  }

  /** Stops the acceptor: the workspace is closing. */
  @Override
  public void close() {
    stop();
  }

  private void update(UnaryOperator<Status> change) {
    synchronized (lock) {
      if (acceptor == null && status.state() == State.STOPPED) {
        return;
      }
      status = change.apply(status);
    }
    notifyListeners();
  }

  private void notifyListeners() {
    Status now = status();
    for (Consumer<Status> l : listeners) {
      try {
        l.accept(now);
      } catch (RuntimeException e) {
        LOG.warn("FIX connection listener failed", e);
      }
    }
  }

  private static void closeQuietly(FixDropCopyAcceptor a) {
    try {
      a.close();
    } catch (RuntimeException e) {
      LOG.warn("The FIX acceptor did not stop cleanly: {}", e.toString());
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m =
        root.getMessage() == null || root.getMessage().isBlank()
            ? root.getClass().getSimpleName()
            : root.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  private static String json(Settings s, String state) {
    return Json.write(
        new AuditedSettings(state, s.port(), s.senderCompId(), s.targetCompId(), s.brokersText()));
  }

  private static String stopped() {
    return Json.write(Map.of("state", "STOPPED"));
  }

  /** What the audit trail records of the connection's settings. */
  private record AuditedSettings(
      String state, int port, String sender, String target, String brokers) {}

  /** Engine and writer events, turned into the status. */
  private final class Events implements FixDropCopyAcceptor.Listener {
    @Override
    public void loggedOn(String session) {
      update(s -> s.with(State.LOGGED_ON));
    }

    @Override
    public void loggedOut(String session) {
      update(s -> s.state() == State.STOPPED ? s : s.with(State.LISTENING));
    }

    @Override
    public void received(String msgType) {
      update(
          s ->
              new Status(
                  s.state(),
                  s.session(),
                  s.startedBy(),
                  s.received() + 1,
                  s.booked(),
                  s.created(),
                  s.corrected(),
                  s.repairs(),
                  s.duplicates(),
                  s.lastError()));
    }

    @Override
    public void booked(ReceivedReport r) {
      ReportOutcome o = r.outcome();
      update(
          s -> {
            Status next =
                new Status(
                    s.state(),
                    s.session(),
                    s.startedBy(),
                    s.received(),
                    s.booked() + 1,
                    s.created() + (o == ReportOutcome.CREATED ? 1 : 0),
                    s.corrected()
                        + (o == ReportOutcome.CORRECTED || o == ReportOutcome.BUSTED ? 1 : 0),
                    s.repairs() + (o == ReportOutcome.REPAIR ? 1 : 0),
                    s.duplicates() + (o == ReportOutcome.DUPLICATE ? 1 : 0),
                    s.lastError());
            // the writer sets a report aside with this detail when booking itself failed
            return r.detail().startsWith("Could not be booked")
                ? next.withError(r.report().execId() + ": " + r.detail())
                : next;
          });
    }
  }
}
