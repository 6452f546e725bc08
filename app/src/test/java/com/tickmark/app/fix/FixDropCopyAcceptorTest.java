package com.tickmark.app.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.cli.TickmarkCommand;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.trade.fix.DropCopyService;
import com.tickmark.model.trade.fix.RepairItem;
import com.tickmark.model.trade.fix.ReportOutcome;
import com.tickmark.persistence.trade.fix.DropCopyRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.ApplicationAdapter;
import quickfix.DefaultMessageFactory;
import quickfix.FileStoreFactory;
import quickfix.Message;
import quickfix.ScreenLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.OrigSendingTime;
import quickfix.field.PossDupFlag;
import quickfix.field.PossResend;

/**
 * The drop copy end to end: the acceptor on loopback, a real QuickFIX/J initiator sending new,
 * corrected, busted and repeated executions, and what the workspace holds afterwards.
 */
class FixDropCopyAcceptorTest {
  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final String US = "TICKMARK";
  static final String OMS = "OMS1";

  @TempDir static Path shared;
  static Path template;
  @TempDir Path tmp;

  Workspace workspace;
  AppServices services;
  Actor clerk;
  DropCopyService dropCopy;
  Instrument equity;
  Instrument other;
  Book book;
  Counterparty broker;
  int port;
  final List<String> printed = new CopyOnWriteArrayList<>();
  FixDropCopyAcceptor acceptor;
  SocketInitiator initiator;
  final SessionID initiatorSession = new SessionID("FIX.4.4", OMS, US);

  @BeforeAll
  static void makeTemplate() {
    template = shared.resolve("template");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        TickmarkCommand.execute(
            new String[] {
              "demo",
              "--workspace",
              template.toString(),
              "--days",
              "1",
              "--trades-per-day",
              "5",
              "--history-days",
              "30",
              "--business-date",
              "2025-11-20",
              "--seed",
              "7"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            p -> {});
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
  }

  @BeforeEach
  void openWorkspace() throws IOException {
    Path ws = tmp.resolve("ws");
    try (var paths = Files.walk(template)) {
      for (Path p : paths.toList()) {
        Path to = ws.resolve(template.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals("workspace.lock")) {
          Files.copy(p, to);
        }
      }
    }
    workspace = Workspace.open(ws);
    services = AppServices.of(workspace, Clock.systemUTC());
    clerk = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
    List<Instrument> equities =
        services.repositories().referenceData().instruments().stream()
            .filter(i -> i.assetClass() == AssetClass.EQUITY)
            .toList();
    equity = equities.get(0);
    other = equities.get(1);
    book = services.repositories().referenceData().books().get(0);
    broker =
        services.repositories().referenceData().counterparties().stream()
            .filter(c -> c.role() == CounterpartyRole.BROKER)
            .findFirst()
            .orElseThrow();
    dropCopy = services.dropCopy(Map.of(OMS, broker.code()));
    port = freePort();
  }

  @AfterEach
  void stop() {
    if (initiator != null) {
      initiator.stop(true);
    }
    if (acceptor != null) {
      acceptor.close();
    }
    workspace.close();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited " + PATIENCE + " for " + what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  FixDropCopyAcceptor startAcceptor() {
    return startAcceptor(FixDropCopyAcceptor.ROTATE_AT);
  }

  FixDropCopyAcceptor startAcceptor(long rotateAt) {
    acceptor =
        new FixDropCopyAcceptor(
                new FixDropCopyAcceptor.Config("127.0.0.1", port, US, OMS, 30),
                tmp.resolve("ws/fix"),
                dropCopy,
                clerk,
                Clock.systemUTC(),
                printed::add,
                new FixDropCopyAcceptor.Listener() {},
                FixDropCopyAcceptor.CheckpointStore.of(services.repositories().settings()))
            .rotateAt(rotateAt)
            .start();
    return acceptor;
  }

  void startInitiator() throws Exception {
    SessionSettings s = new SessionSettings();
    s.setString("ConnectionType", "initiator");
    s.setString("FileStorePath", tmp.resolve("initiator").toString());
    s.setString("NonStopSession", "Y");
    s.setString("HeartBtInt", "30");
    s.setString("ReconnectInterval", "1");
    s.setString("UseDataDictionary", "Y");
    s.setString("DataDictionary", "FIX44.xml");
    s.setString("SocketConnectHost", "127.0.0.1");
    s.setString("SocketConnectPort", Integer.toString(port));
    s.setString(initiatorSession, "BeginString", "FIX.4.4");
    s.setString(initiatorSession, "SenderCompID", OMS);
    s.setString(initiatorSession, "TargetCompID", US);
    initiator =
        new SocketInitiator(
            new ApplicationAdapter(),
            new FileStoreFactory(s),
            s,
            new ScreenLogFactory(false, false, false),
            new DefaultMessageFactory());
    initiator.start();
    await("the initiator to log on", () -> initiator.isLoggedOn() && acceptor.loggedOn());
  }

  static String now() {
    return LocalDateTime.now(ZoneOffset.UTC)
        .withNano(0)
        .format(DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss"));
  }

  Message execution(
      String execType,
      String execId,
      String execRefId,
      Instrument instrument,
      String account,
      String qty,
      String px) {
    quickfix.fix44.ExecutionReport m = new quickfix.fix44.ExecutionReport();
    m.setString(37, "ORD-" + execId);
    m.setString(17, execId);
    m.setChar(150, execType.charAt(0));
    m.setChar(39, '2');
    m.setChar(54, '1');
    m.setString(55, instrument == null ? "UNKNOWN" : instrument.symbol());
    if (instrument != null) {
      m.setString(48, instrument.isin().value());
      m.setString(22, "4");
    }
    m.setString(1, account);
    m.setString(32, qty);
    m.setString(31, px);
    m.setString(14, qty);
    m.setString(151, "0");
    m.setString(6, px);
    m.setString(15, instrument == null ? "USD" : instrument.currency().code());
    m.setString(75, "20251120");
    m.setString(60, "20251120-14:30:00.250");
    if (execRefId != null) {
      m.setString(19, execRefId);
    }
    return m;
  }

  void send(Message m) throws Exception {
    assertThat(Session.sendToTarget(m, initiatorSession)).isTrue();
  }

  Trade tradeOf(String execId) {
    TradeId id =
        new DropCopyRepository(workspace.dsl())
            .tradeFor(execId)
            .orElseThrow(() -> new AssertionError("no trade for " + execId));
    return services.area(TradeServices.class).repositories().trades().find(id).orElseThrow();
  }

  @Test
  void newCorrectedBustedAndRepeatedExecutionsBecomeTradesVersionsAndRepairs() throws Exception {
    int tradesBefore = services.area(TradeServices.class).repositories().trades().count();
    startAcceptor();
    startInitiator();
    send(execution("F", "E1", null, equity, book.code(), "100", "50.25"));
    send(execution("F", "E2", null, other, book.code(), "200", "10"));
    send(execution("F", "E3", null, null, book.code(), "1", "1"));
    send(execution("F", "E4", null, equity, "NO-SUCH-BOOK", "5", "50"));
    send(execution("G", "C1", "E1", equity, book.code(), "90", "50.5"));
    send(execution("H", "B1", "E2", other, book.code(), "200", "10"));
    send(execution("F", "E1", null, equity, book.code(), "100", "50.25"));
    Message possDup = execution("F", "E1", null, equity, book.code(), "100", "50.25");
    possDup.getHeader().setField(new PossDupFlag(true));
    possDup.getHeader().setString(OrigSendingTime.FIELD, now());
    send(possDup);
    Message possResend = execution("G", "C1", "E1", equity, book.code(), "90", "50.5");
    possResend.getHeader().setField(new PossResend(true));
    send(possResend);
    assertThat(acceptor.writer().awaitProcessed(9, PATIENCE)).as("9 reports booked").isTrue();

    Trade e1 = tradeOf("E1");
    assertThat(e1.version()).isEqualTo(2);
    assertThat(e1.source()).isEqualTo(TradeSource.FIX);
    assertThat(e1.status()).isEqualTo(TradeStatus.NEW);
    assertThat(e1.quantity()).isEqualByComparingTo("90");
    assertThat(e1.price()).isEqualByComparingTo("50.5");
    assertThat(e1.instrumentId()).isEqualTo(equity.id());
    assertThat(e1.bookId()).isEqualTo(book.id());
    assertThat(e1.counterpartyId()).isEqualTo(broker.id());
    assertThat(e1.orderId()).isEqualTo("ORD-E1");
    List<TradeVersion> history =
        services.area(TradeServices.class).repositories().trades().history(e1.id());
    assertThat(history).extracting(v -> v.trade().version()).containsExactly(1, 2);
    assertThat(history.get(0).trade().quantity()).isEqualByComparingTo("100");
    assertThat(history).extracting(TradeVersion::recordedBy).containsOnly("clerk");
    assertThat(history)
        .extracting(TradeVersion::reason)
        .containsExactly("FIX drop copy E1", "FIX drop copy C1");

    Trade e2 = tradeOf("E2");
    assertThat(e2.status()).isEqualTo(TradeStatus.CANCELLED);
    assertThat(e2.version()).isEqualTo(2);

    assertThat(services.area(TradeServices.class).repositories().trades().count())
        .as("two new trades on top of the demo's")
        .isEqualTo(tradesBefore + 2);
    List<RepairItem> repairs = dropCopy.repairQueue(clerk);
    assertThat(repairs).extracting(RepairItem::execId).containsExactly("E3", "E4");
    assertThat(repairs.get(0).reason()).contains("is not in the reference data");
    assertThat(repairs.get(0).rawMessage()).contains("17=E3");
    assertThat(repairs.get(1).reason()).contains("'NO-SUCH-BOOK' is neither a book code");
    assertThat(dropCopy.counts(clerk))
        .containsEntry(ReportOutcome.CREATED, 2)
        .containsEntry(ReportOutcome.CORRECTED, 1)
        .containsEntry(ReportOutcome.BUSTED, 1)
        .containsEntry(ReportOutcome.DUPLICATE, 3)
        .containsEntry(ReportOutcome.REPAIR, 2);
    assertThat(services.repositories().audit().search(AuditFilter.all()))
        .filteredOn(r -> r.event().entityId().equals(e1.id().display()))
        .extracting(r -> r.event().actor() + " " + r.event().action() + " " + r.event().reason())
        .containsExactlyInAnyOrder("clerk CREATE FIX drop copy E1", "clerk AMEND FIX drop copy C1");
    // (QuickFIX/J's sender clears PossDupFlag on a message that is not a resend; PossResend stays.)
    assertThat(printed).anyMatch(l -> l.contains("17=C1") && l.contains("possible repeat"));
    assertThat(printed)
        .contains("  -> C1 DUPLICATE: ExecID C1 was received before (marked as a possible repeat)");
    assertThat(Files.list(tmp.resolve("ws/fix/log")).map(p -> p.getFileName().toString()))
        .contains("FIX.4.4-TICKMARK-OMS1.messages.log");
    assertThat(Files.readString(tmp.resolve("ws/fix/log/FIX.4.4-TICKMARK-OMS1.messages.log")))
        .as("every message received is in the workspace's message log, the refused ones too")
        .contains("17=E4\u0001", "17=B1\u0001");
  }

  @Test
  void aRestartCarriesOnTheSessionAndNeverBooksAReportTwice() throws Exception {
    startAcceptor();
    startInitiator();
    send(execution("F", "R1", null, equity, book.code(), "100", "50.25"));
    assertThat(acceptor.writer().awaitProcessed(1, PATIENCE)).isTrue();
    int expectedAfterFirst =
        Session.lookupSession(new SessionID("FIX.4.4", US, OMS)).getExpectedTargetNum();
    acceptor.close();
    await("the initiator to notice", () -> !initiator.isLoggedOn());

    startAcceptor();
    await("the initiator to log on again", () -> initiator.isLoggedOn() && acceptor.loggedOn());
    assertThat(Session.lookupSession(new SessionID("FIX.4.4", US, OMS)).getExpectedTargetNum())
        .as("sequence numbers survive the restart")
        .isGreaterThan(expectedAfterFirst);
    send(execution("F", "R2", null, equity, book.code(), "10", "50"));
    assertThat(acceptor.writer().awaitProcessed(1, PATIENCE)).isTrue();

    assertThat(dropCopy.counts(clerk))
        .containsEntry(ReportOutcome.CREATED, 2)
        .doesNotContainKey(ReportOutcome.DUPLICATE);
    assertThat(tradeOf("R1").version()).isEqualTo(1);
    assertThat(tradeOf("R2").quantity()).isEqualByComparingTo("10");
  }

  @Test
  void onStartReportsInTheMessageLogThatTheDatabaseLacksAreBooked() throws Exception {
    startAcceptor();
    startInitiator();
    send(execution("F", "L1", null, equity, book.code(), "100", "50.25"));
    send(execution("F", "L2", null, equity, book.code(), "100", "50.25"));
    assertThat(acceptor.writer().awaitProcessed(2, PATIENCE)).isTrue();
    initiator.stop(true);
    initiator = null;
    acceptor.close();
    // As after a crash between receipt and commit: the database lost L2's booking, the log has it.
    workspace.dsl().execute("DELETE FROM fix_execution_report WHERE exec_id = 'L2'");
    workspace.dsl().execute("DELETE FROM trade WHERE source = 'FIX' AND exec_id = 'L2'");

    startAcceptor();
    assertThat(tradeOf("L2").quantity()).isEqualByComparingTo("100");
    assertThat(dropCopy.counts(clerk))
        .containsEntry(ReportOutcome.CREATED, 2)
        .doesNotContainKey(ReportOutcome.DUPLICATE);
    assertThat(printed).anyMatch(l -> l.startsWith("Recovered 1 execution report"));
  }

  @Test
  void aStartReadsOnlyTheTailOfTheMessageLogThatIsNotKnownToBeBooked() throws Exception {
    startAcceptor();
    startInitiator();
    int n = 300;
    for (int i = 0; i < n; i++) {
      send(execution("F", "T" + i, null, equity, book.code(), "10", "50"));
    }
    assertThat(acceptor.writer().awaitProcessed(n, PATIENCE)).isTrue();
    initiator.stop(true);
    initiator = null;
    acceptor.close();
    Path log = tmp.resolve("ws/fix/log/FIX.4.4-" + US + "-" + OMS + ".messages.log");
    long logSize = Files.size(log);
    assertThat(Files.readAllLines(log, StandardCharsets.ISO_8859_1)).hasSizeGreaterThan(n);

    startAcceptor();

    FixDropCopyAcceptor.StartRead read = acceptor.lastStart();
    assertThat(read.lines())
        .as("the last report and the session's goodbyes, not the %d booked before", n)
        .isLessThan(10);
    assertThat(read.from()).isGreaterThan(logSize * 9 / 10);
    assertThat(read.bytes()).isLessThan(logSize / 20);
    assertThat(read.recovered()).isZero();
    assertThat(dropCopy.counts(clerk))
        .containsEntry(ReportOutcome.CREATED, n)
        .doesNotContainKey(ReportOutcome.DUPLICATE);
  }

  @Test
  void aLogMovedToTheArchiveStillGaveUpTheReportTheDatabaseLackedAndBackupsKeepIt()
      throws Exception {
    startAcceptor();
    startInitiator();
    send(execution("F", "A1", null, equity, book.code(), "100", "50.25"));
    send(execution("F", "A2", null, equity, book.code(), "200", "50.25"));
    assertThat(acceptor.writer().awaitProcessed(2, PATIENCE)).isTrue();
    initiator.stop(true);
    initiator = null;
    acceptor.close();
    // As after a crash between receipt and commit: the database lost A2's booking, the log has it.
    workspace.dsl().execute("DELETE FROM fix_execution_report WHERE exec_id = 'A2'");
    workspace.dsl().execute("DELETE FROM trade WHERE source = 'FIX' AND exec_id = 'A2'");

    startAcceptor(1); // any log is large enough to move

    assertThat(tradeOf("A2").quantity()).isEqualByComparingTo("200");
    assertThat(acceptor.lastStart().recovered()).isEqualTo(1);
    Path archived = acceptor.lastStart().archived();
    assertThat(archived).isNotNull();
    assertThat(archived.getParent()).isEqualTo(tmp.resolve("ws/fix/log/archive"));
    assertThat(archived.getFileName().toString())
        .matches("FIX\\.4\\.4-TICKMARK-OMS1\\.messages\\.\\d{8}-\\d{6}\\.log\\.gz");
    String old;
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(archived))) {
      old = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    assertThat(old).contains("\u000117=A1\u0001", "\u000117=A2\u0001");
    assertThat(Files.size(acceptor.messagesFile())).as("the session writes a new log").isZero();
    acceptor.close();

    startAcceptor(1);
    assertThat(acceptor.lastStart().bytes()).isZero();
    assertThat(acceptor.lastStart().archived()).as("an empty log stays").isNull();
    assertThat(dropCopy.counts(clerk))
        .containsEntry(ReportOutcome.CREATED, 2)
        .doesNotContainKey(ReportOutcome.DUPLICATE);

    Path zip = tmp.resolve("backup.zip");
    com.tickmark.persistence.workspace.WorkspaceBackup.backup(
        workspace, zip, java.time.Instant.now());
    try (var z = new java.util.zip.ZipFile(zip.toFile())) {
      assertThat(z.stream().map(java.util.zip.ZipEntry::getName))
          .as("backups carry the archived logs")
          .contains("fix/log/archive/" + archived.getFileName());
    }
  }

  /**
   * {@code m} as the session's message log holds it: headed from the OMS to us, with a checksum.
   */
  String logged(Message m, int seqNum) {
    m.getHeader().setString(8, "FIX.4.4");
    m.getHeader().setString(49, OMS);
    m.getHeader().setString(56, US);
    m.getHeader().setInt(34, seqNum);
    m.getHeader().setString(52, now());
    return m.toString();
  }

  @Test
  void replayBooksOnlyWhatTheSessionTookAndAReportThatCannotBeStoredNeverBlocksAStart()
      throws Exception {
    Message missingLeavesQty = execution("F", "X-NOLEAVES", null, equity, book.code(), "5", "50");
    missingLeavesQty.removeField(151);
    String badChecksum =
        logged(execution("F", "X-CHECKSUM", null, equity, book.code(), "5", "50"), 3)
            .replaceAll("\u000110=\\d{3}\u0001$", "\u000110=000\u0001");
    String longExecId = "L".repeat(70);
    Path log = tmp.resolve("ws/fix/log/FIX.4.4-" + US + "-" + OMS + ".messages.log");
    Files.createDirectories(log.getParent());
    Files.writeString(
        log,
        String.join(
                "\n",
                logged(execution("F", "X-GOOD", null, equity, book.code(), "5", "50"), 1),
                logged(missingLeavesQty, 2),
                badChecksum,
                logged(execution("F", longExecId, null, equity, book.code(), "5", "50"), 4),
                logged(
                    execution("F", "X-HUGE", null, equity, book.code(), "1" + "0".repeat(24), "50"),
                    5))
            + "\n",
        StandardCharsets.ISO_8859_1);
    int tradesBefore = services.area(TradeServices.class).repositories().trades().count();

    startAcceptor();
    acceptor.close();
    startAcceptor(); // a second start meets the same log and must neither fail nor book again

    assertThat(services.area(TradeServices.class).repositories().trades().count())
        .as("only the report the session took and the rules accept became a trade")
        .isEqualTo(tradesBefore + 1);
    assertThat(tradeOf("X-GOOD").quantity()).isEqualByComparingTo("5");
    assertThat(printed)
        .contains(
            "Left out 2 message(s) in the FIX message log that the session refused when"
                + " they arrived");
    List<RepairItem> repairs = dropCopy.openRepairs(clerk);
    assertThat(repairs)
        .extracting(RepairItem::reason)
        .as("each unstorable report is in the repair queue once, with its reason")
        .containsExactlyInAnyOrder(
            "Execution "
                + longExecId
                + ": ExecID (17): is 70 characters long; at most 64 are kept; OrderID (37): is 74"
                + " characters long; at most 64 are kept",
            "Execution X-HUGE: LastQty (32): is too large: at most 18 digits before the decimal"
                + " point, not 25");
  }
}
