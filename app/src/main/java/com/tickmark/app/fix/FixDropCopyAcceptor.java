package com.tickmark.app.fix;

import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.fix.DropCopyService;
import com.tickmark.model.trade.fix.ExecutionReport;
import com.tickmark.model.trade.fix.ReceivedReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DataDictionary;
import quickfix.DefaultMessageFactory;
import quickfix.FieldException;
import quickfix.FieldNotFound;
import quickfix.FileLogFactory;
import quickfix.FileStoreFactory;
import quickfix.IncorrectDataFormat;
import quickfix.IncorrectTagValue;
import quickfix.InvalidMessage;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;
import quickfix.field.MsgType;

/**
 * The FIX 4.4 drop-copy acceptor: one QuickFIX/J session from the trading system (its comp id is
 * the session's target), whose execution reports are booked as trades by {@link DropCopyService}
 * through a {@link DropCopyWriter}. QuickFIX/J keeps its sequence numbers and sent messages in a
 * file store and every message in a file log, both under {@code <workspace>/fix/}; so a restart
 * carries on the session where it stopped, and on start any execution report in the log that the
 * database does not have (a crash between receipt and commit) is booked.
 */
public final class FixDropCopyAcceptor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FixDropCopyAcceptor.class);

  /** What the acceptor listens on and who it talks to. */
  public record Config(
      String bindAddress,
      int port,
      String senderCompId,
      String targetCompId,
      int heartbeatSeconds) {
    public Config {
      Objects.requireNonNull(senderCompId, "sender comp id");
      Objects.requireNonNull(targetCompId, "target comp id");
      if (port < 1 || port > 65_535) {
        throw new IllegalArgumentException("The port must be between 1 and 65535: " + port);
      }
    }

    public SessionID sessionId() {
      return new SessionID("FIX.4.4", senderCompId, targetCompId);
    }
  }

  /**
   * What happens on the session, for whoever shows it (called on the engine's and the writer's
   * threads).
   */
  public interface Listener {
    /** The counterparty logged on. */
    default void loggedOn(String session) {}

    /** The counterparty logged out, or the connection dropped. */
    default void loggedOut(String session) {}

    /** An application message arrived (35=8 or any other type). */
    default void received(String msgType) {}

    /** A received execution report was booked, whatever became of it. */
    default void booked(ReceivedReport report) {}
  }

  private static final Listener NOBODY = new Listener() {};

  private final Config config;
  private final Path directory;
  private final Listener listener;
  private final DropCopyService service;
  private final Actor actor;
  private final Clock clock;
  private final Consumer<String> out;
  private final DropCopyWriter writer;
  private final SocketAcceptor acceptor;

  /**
   * @param directory where QuickFIX/J keeps its store and log ({@code <workspace>/fix})
   * @param out where a summary line per message received (and per booking) goes
   */
  public FixDropCopyAcceptor(
      Config config,
      Path directory,
      DropCopyService service,
      Actor actor,
      Clock clock,
      Consumer<String> out) {
    this(config, directory, service, actor, clock, out, NOBODY);
  }

  /**
   * @param listener told of logons, logouts, messages and bookings
   */
  public FixDropCopyAcceptor(
      Config config,
      Path directory,
      DropCopyService service,
      Actor actor,
      Clock clock,
      Consumer<String> out,
      Listener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.config = config;
    this.directory = directory;
    this.service = service;
    this.actor = actor;
    this.clock = clock;
    this.out = out;
    this.writer = new DropCopyWriter(service, actor, this::booked);
    try {
      Files.createDirectories(directory.resolve("store"));
      Files.createDirectories(directory.resolve("log"));
      SessionSettings settings = settings();
      this.acceptor =
          new SocketAcceptor(
              new DropCopyApplication(),
              new FileStoreFactory(settings),
              settings,
              new FileLogFactory(settings),
              new DefaultMessageFactory());
    } catch (IOException e) {
      writer.close();
      throw new UncheckedIOException("Could not prepare " + directory + " for the FIX session", e);
    } catch (ConfigError e) {
      writer.close();
      throw new IllegalStateException("The FIX session settings are wrong: " + e.getMessage(), e);
    }
  }

  private SessionSettings settings() {
    SessionSettings s = new SessionSettings();
    SessionID id = config.sessionId();
    s.setString("ConnectionType", "acceptor");
    s.setString("FileStorePath", directory.resolve("store").toString());
    s.setString("FileLogPath", directory.resolve("log").toString());
    s.setString("FileIncludeMilliseconds", "Y");
    s.setString("FileIncludeTimeStampForMessages", "N");
    s.setString("NonStopSession", "Y");
    s.setString("UseDataDictionary", "Y");
    s.setString("DataDictionary", "FIX44.xml");
    // A drop copy from a real trading system carries its own fields: take them, don't reject.
    s.setString("ValidateUserDefinedFields", "N");
    s.setString("AllowUnknownMsgFields", "Y");
    s.setString("ValidateFieldsOutOfOrder", "N");
    s.setString("ValidateUnorderedGroupFields", "N");
    s.setString("HeartBtInt", Integer.toString(config.heartbeatSeconds()));
    s.setString("SocketAcceptPort", Integer.toString(config.port()));
    if (config.bindAddress() != null && !config.bindAddress().isBlank()) {
      s.setString("SocketAcceptAddress", config.bindAddress());
    }
    s.setString(id, "BeginString", id.getBeginString());
    s.setString(id, "SenderCompID", id.getSenderCompID());
    s.setString(id, "TargetCompID", id.getTargetCompID());
    return s;
  }

  /** Books what the log holds and the database does not, then starts listening. */
  public FixDropCopyAcceptor start() {
    LogReports log = reportsInLog();
    if (log.refused() > 0) {
      out.accept(
          "Left out "
              + log.refused()
              + " message(s) in the FIX message log that the session refused when they arrived");
    }
    List<ReceivedReport> recovered = service.recover(actor, log.reports());
    if (!recovered.isEmpty()) {
      out.accept("Recovered " + recovered.size() + " execution report(s) from the FIX message log");
      recovered.forEach(this::booked);
    }
    try {
      acceptor.start();
    } catch (ConfigError e) {
      throw new IllegalStateException("The FIX acceptor could not start: " + e.getMessage(), e);
    }
    out.accept(
        "Listening for FIX 4.4 on port "
            + config.port()
            + " as "
            + config.senderCompId()
            + " for "
            + config.targetCompId());
    return this;
  }

  /**
   * The incoming execution reports in the session's message log that the session accepted, oldest
   * first, and how many it had refused.
   */
  record LogReports(List<ExecutionReport> reports, int refused) {}

  /**
   * The incoming execution reports in the session's message log, oldest first. The log holds every
   * message that arrived, also those the session refused (a bad checksum or body length, a missing
   * required field, a value of the wrong type): those are checked again as the session checked them
   * and left out, so that replay books exactly what live processing would have booked.
   */
  LogReports reportsInLog() {
    List<ExecutionReport> reports = new ArrayList<>();
    int[] refused = {0};
    DataDictionary dictionary = sessionDictionary();
    try (Stream<Path> files = Files.list(directory.resolve("log"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().equals(logFileName())).toList()) {
        try (Stream<String> lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
          lines.forEach(
              line -> {
                int start = line.indexOf("8=FIX");
                if (start >= 0) {
                  String raw = line.substring(start);
                  ExecutionReport r = FixMessages.parse(raw, clock.instant());
                  if ("8".equals(r.get(ExecutionReport.MSG_TYPE))
                      && config.targetCompId().equals(r.senderCompId())) {
                    if (acceptedBySession(raw, dictionary)) {
                      reports.add(r);
                    } else {
                      refused[0]++;
                    }
                  }
                }
              });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the FIX message log in " + directory, e);
    }
    return new LogReports(reports, refused[0]);
  }

  /** The data dictionary with the session's validation settings (see {@link #settings}). */
  private static DataDictionary sessionDictionary() {
    try {
      DataDictionary d = new DataDictionary("FIX44.xml");
      d.setCheckUserDefinedFields(false);
      d.setAllowUnknownMessageFields(true);
      d.setCheckFieldsOutOfOrder(false);
      d.setCheckUnorderedGroupFields(false);
      return d;
    } catch (ConfigError e) {
      throw new IllegalStateException("The FIX 4.4 data dictionary could not be read", e);
    }
  }

  /** Whether the session would have taken {@code raw}: checksum, body length, fields and types. */
  static boolean acceptedBySession(String raw, DataDictionary dictionary) {
    try {
      dictionary.validate(new Message(raw, dictionary, true));
      return true;
    } catch (InvalidMessage
        | FieldNotFound
        | FieldException
        | IncorrectTagValue
        | IncorrectDataFormat e) {
      return false;
    }
  }

  private String logFileName() {
    SessionID id = config.sessionId();
    return id.getBeginString()
        + "-"
        + id.getSenderCompID()
        + "-"
        + id.getTargetCompID()
        + ".messages.log";
  }

  private void booked(ReceivedReport r) {
    listener.booked(r);
    out.accept(
        "  -> "
            + r.report().execId()
            + " "
            + r.outcome()
            + (r.detail().isEmpty() ? "" : ": " + r.detail()));
  }

  public DropCopyWriter writer() {
    return writer;
  }

  /** Whether the counterparty is logged on. */
  public boolean loggedOn() {
    Session session = Session.lookupSession(config.sessionId());
    return session != null && session.isLoggedOn();
  }

  /** Waits (up to {@code timeout}) for what was received to be booked. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    return writer.awaitIdle(timeout);
  }

  /** Logs out, stops listening, and books what is still queued. */
  @Override
  public void close() {
    try {
      acceptor.stop();
    } finally {
      writer.close();
    }
  }

  private final class DropCopyApplication implements Application {
    @Override
    public void onCreate(SessionID sessionId) {
      LOG.info("FIX session {} created", sessionId);
    }

    @Override
    public void onLogon(SessionID sessionId) {
      out.accept("Logon: " + sessionId);
      listener.loggedOn(sessionId.toString());
    }

    @Override
    public void onLogout(SessionID sessionId) {
      out.accept("Logout: " + sessionId);
      listener.loggedOut(sessionId.toString());
    }

    @Override
    public void toAdmin(Message message, SessionID sessionId) {}

    @Override
    public void fromAdmin(Message message, SessionID sessionId) {}

    @Override
    public void toApp(Message message, SessionID sessionId) {}

    @Override
    public void fromApp(Message message, SessionID sessionId) throws FieldNotFound {
      String type = message.getHeader().getString(MsgType.FIELD);
      listener.received(type);
      if (MsgType.EXECUTION_REPORT.equals(type)) {
        ExecutionReport report = FixMessages.toReport(message, clock.instant());
        out.accept("<- " + FixMessages.summary(report));
        writer.submit(report);
      } else {
        out.accept(
            "<- 35=" + type + " (not an execution report: kept in the FIX message log only)");
      }
    }
  }
}
