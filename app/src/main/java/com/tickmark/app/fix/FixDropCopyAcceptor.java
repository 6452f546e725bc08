package com.tickmark.app.fix;

import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.fix.DropCopyService;
import com.tickmark.model.trade.fix.ExecutionReport;
import com.tickmark.model.trade.fix.ReceivedReport;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DataDictionary;
import quickfix.DefaultMessageFactory;
import quickfix.FieldException;
import quickfix.FieldNotFound;
import quickfix.FileStoreFactory;
import quickfix.IncorrectDataFormat;
import quickfix.IncorrectTagValue;
import quickfix.InvalidMessage;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;

/**
 * The FIX 4.4 drop-copy acceptor: one QuickFIX/J session from the trading system (its comp id is
 * the session's target), whose execution reports are booked as trades by {@link DropCopyService}
 * through a {@link DropCopyWriter}. QuickFIX/J keeps its sequence numbers and sent messages in a
 * file store and every message in a file log, both under {@code <workspace>/fix/}; so a restart
 * carries on the session where it stopped, and on start any execution report in the log that the
 * database does not have (a crash between receipt and commit) is booked.
 *
 * <p>The database keeps how far the log is booked ({@link LogCheckpoint}), moved on after the
 * commits of the booking, so a start reads only the log's tail. Once everything in the log is
 * booked, a start moves a log larger than {@link #ROTATE_AT} bytes (and its event log) to {@code
 * fix/log/archive/} as gzip files before the session opens a new one.
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

  /** The message log's size from which a start moves it to the archive once all of it is booked. */
  public static final long ROTATE_AT = 16L << 20;

  /** How often, at most, the checkpoint is written while reports are booked. */
  private static final long CHECKPOINT_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

  private static final DateTimeFormatter ARCHIVE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /** Where the acceptor keeps how far its message log is booked: the workspace's settings. */
  public interface CheckpointStore {
    Optional<String> get(String key);

    void put(String key, String value);

    static CheckpointStore of(SettingsRepository settings) {
      return new CheckpointStore() {
        @Override
        public Optional<String> get(String key) {
          return settings.get(key);
        }

        @Override
        public void put(String key, String value) {
          settings.put(key, value);
        }
      };
    }

    /** Kept in memory only: every start of a new acceptor reads the whole log. */
    static CheckpointStore inMemory() {
      Map<String, String> map = new ConcurrentHashMap<>();
      return new CheckpointStore() {
        @Override
        public Optional<String> get(String key) {
          return Optional.ofNullable(map.get(key));
        }

        @Override
        public void put(String key, String value) {
          map.put(key, value);
        }
      };
    }
  }

  /**
   * What the last {@link #start} read of the message log: from which offset, how many bytes and
   * lines, and whether it then moved the log to the archive.
   */
  record StartRead(long from, long bytes, long lines, int recovered, Path archived) {}

  private final Config config;
  private final Path directory;
  private final Listener listener;
  private final DropCopyService service;
  private final Actor actor;
  private final Clock clock;
  private final Consumer<String> out;
  private final DropCopyWriter writer;
  private final SocketAcceptor acceptor;
  private final CheckpointStore checkpoints;
  private volatile SessionLog sessionLog;
  private long rotateAt = ROTATE_AT;
  private StartRead lastStart;
  private long bookedUpTo = -1;
  private long checkpointSavedAt;

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
    this(config, directory, service, actor, clock, out, NOBODY, CheckpointStore.inMemory());
  }

  /**
   * @param listener told of logons, logouts, messages and bookings
   * @param checkpoints where how far the message log is booked is kept (the workspace's settings)
   */
  public FixDropCopyAcceptor(
      Config config,
      Path directory,
      DropCopyService service,
      Actor actor,
      Clock clock,
      Consumer<String> out,
      Listener listener,
      CheckpointStore checkpoints) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
    this.config = config;
    this.directory = directory;
    this.service = service;
    this.actor = actor;
    this.clock = clock;
    this.out = out;
    this.writer = new DropCopyWriter(service, actor, this::booked, this::bookedUpTo);
    try {
      Files.createDirectories(directory.resolve("store"));
      Files.createDirectories(directory.resolve("log"));
      SessionSettings settings = settings();
      this.acceptor =
          new SocketAcceptor(
              new DropCopyApplication(),
              new FileStoreFactory(settings),
              settings,
              sessionId -> openLog(),
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

  /**
   * Books what the log holds after the checkpoint and the database does not, moves a large, fully
   * booked log to the archive, then starts listening.
   */
  public FixDropCopyAcceptor start() {
    Path file = messagesFile();
    LogCheckpoint from =
        checkpoints
            .get(checkpointKey())
            .flatMap(LogCheckpoint::parse)
            .filter(c -> c.fits(file))
            .orElse(LogCheckpoint.START);
    LogReports log = reportsInLog(from.offset());
    if (log.refused() > 0) {
      out.accept(
          "Left out "
              + log.refused()
              + " message(s) in the FIX message log that the session refused when they arrived");
    }
    DropCopyService.Recovery recovery = service.recoverAll(actor, log.reports());
    List<ReceivedReport> recovered = recovery.booked();
    if (!recovered.isEmpty()) {
      out.accept("Recovered " + recovered.size() + " execution report(s) from the FIX message log");
      recovered.forEach(this::booked);
    }
    Path archived = null;
    if (recovery.notStored() == 0) {
      if (log.end() >= rotateAt) {
        archived = rotate(file);
        out.accept(
            "Moved the FIX message log ("
                + (log.end() >> 10)
                + " KB, all of it booked) to "
                + directory.relativize(archived));
        saveCheckpoint(LogCheckpoint.START);
      } else if (log.end() > from.offset()) {
        saveCheckpoint(LogCheckpoint.at(file, log.end()));
      }
    } else {
      out.accept(
          recovery.notStored()
              + " execution report(s) in the FIX message log could not be stored; the next start"
              + " reads them again");
    }
    lastStart =
        new StartRead(
            from.offset(), log.end() - from.offset(), log.lines(), recovered.size(), archived);
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

  /** What the last {@link #start} read of the message log (null before it). */
  StartRead lastStart() {
    return lastStart;
  }

  /** Sets the size from which a start moves the message log to the archive. */
  FixDropCopyAcceptor rotateAt(long bytes) {
    this.rotateAt = bytes;
    return this;
  }

  /**
   * The incoming execution reports from an offset of the session's message log that the session
   * accepted, oldest first, how many it had refused, how many lines were read, and the offset of
   * the log's end.
   */
  record LogReports(List<ExecutionReport> reports, int refused, long lines, long end) {}

  /**
   * The incoming execution reports in the session's message log from {@code offset}, oldest first.
   * The log holds every message that arrived, also those the session refused (a bad checksum or
   * body length, a missing required field, a value of the wrong type): those are checked again as
   * the session checked them and left out, so that replay books exactly what live processing would
   * have booked.
   */
  LogReports reportsInLog(long offset) {
    List<ExecutionReport> reports = new ArrayList<>();
    int refused = 0;
    long lines = 0;
    Path file = messagesFile();
    if (!Files.isRegularFile(file)) {
      return new LogReports(reports, 0, 0, 0);
    }
    DataDictionary dictionary = sessionDictionary();
    try (FileChannel channel = FileChannel.open(file)) {
      long end = channel.size();
      channel.position(offset);
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.ISO_8859_1),
              1 << 16);
      long left = end - offset; // the session may not append meanwhile, but read only to `end`
      for (String line = in.readLine(); line != null && left > 0; line = in.readLine()) {
        lines++;
        left -= line.length() + 1;
        int start = line.indexOf("8=FIX");
        if (start >= 0) {
          String raw = line.substring(start);
          ExecutionReport r = FixMessages.parse(raw, clock.instant());
          if ("8".equals(r.get(ExecutionReport.MSG_TYPE))
              && config.targetCompId().equals(r.senderCompId())) {
            if (acceptedBySession(raw, dictionary)) {
              reports.add(r);
            } else {
              refused++;
            }
          }
        }
      }
      return new LogReports(reports, refused, lines, end);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the FIX message log " + file, e);
    }
  }

  /**
   * Moves the message log and the event log to {@code log/archive/} as gzip files (written and
   * synced before the originals are removed), returning the archived message log.
   */
  private Path rotate(Path file) {
    String stamp = ARCHIVE_TIME.format(clock.instant());
    Path archive = directory.resolve("log").resolve("archive");
    try {
      Files.createDirectories(archive);
      Path archived = archive.resolve(baseName() + ".messages." + stamp + ".log.gz");
      gzip(file, archived);
      Path events = directory.resolve("log").resolve(baseName() + ".event.log");
      if (Files.isRegularFile(events)) {
        gzip(events, archive.resolve(baseName() + ".event." + stamp + ".log.gz"));
        Files.delete(events);
      }
      Files.delete(file);
      return archived;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not move the FIX message log to " + archive, e);
    }
  }

  private static void gzip(Path from, Path to) throws IOException {
    Path part = to.resolveSibling(to.getFileName() + ".part");
    try (FileChannel channel =
            FileChannel.open(
                part,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        OutputStream gz = new GZIPOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
      Files.copy(from, gz);
      gz.flush();
      ((GZIPOutputStream) gz).finish();
      channel.force(true);
    }
    Files.move(part, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private SessionLog openLog() {
    SessionLog log =
        new SessionLog(
            messagesFile(), directory.resolve("log").resolve(baseName() + ".event.log"), clock);
    sessionLog = log;
    return log;
  }

  /**
   * Called on the writer's thread after a commit: everything in the log before {@code offset} is
   * booked. Kept in the database at most once a second, and at {@link #close}.
   */
  private void bookedUpTo(long offset) {
    bookedUpTo = offset;
    long now = System.nanoTime();
    if (now - checkpointSavedAt >= CHECKPOINT_EVERY_NANOS) {
      checkpointSavedAt = now;
      saveCheckpoint(LogCheckpoint.at(messagesFile(), offset));
    }
  }

  private void saveCheckpoint(LogCheckpoint c) {
    checkpoints.put(checkpointKey(), c.text());
  }

  private String checkpointKey() {
    return "fix.log.booked." + baseName();
  }

  Path messagesFile() {
    return directory.resolve("log").resolve(logFileName());
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
    return baseName() + ".messages.log";
  }

  /** The session's files' name, as QuickFIX/J's FileLog has it: FIX.4.4-SENDER-TARGET. */
  private String baseName() {
    SessionID id = config.sessionId();
    return id.getBeginString() + "-" + id.getSenderCompID() + "-" + id.getTargetCompID();
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
      SessionLog log = sessionLog;
      if (log != null) {
        try {
          log.close();
        } catch (IOException e) {
          LOG.warn("Could not close the FIX message log: {}", e.toString());
        }
      }
      if (bookedUpTo >= 0) {
        try {
          saveCheckpoint(LogCheckpoint.at(messagesFile(), bookedUpTo));
        } catch (RuntimeException e) {
          LOG.warn("Could not keep how far the FIX message log is booked: {}", e.toString());
        }
      }
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
        SessionLog log = sessionLog;
        writer.submit(
            report, log == null ? -1 : log.bookedFrom(message.getHeader().getInt(MsgSeqNum.FIELD)));
      } else {
        out.accept(
            "<- 35=" + type + " (not an execution report: kept in the FIX message log only)");
      }
    }
  }
}
