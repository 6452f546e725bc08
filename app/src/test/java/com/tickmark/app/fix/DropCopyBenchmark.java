package com.tickmark.app.fix;

import com.tickmark.app.AppServices;
import com.tickmark.app.cli.TickmarkCommand;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.fix.DropCopyService;
import com.tickmark.model.trade.fix.ExecutionReport;
import com.tickmark.persistence.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import quickfix.ApplicationAdapter;
import quickfix.DefaultMessageFactory;
import quickfix.MemoryStoreFactory;
import quickfix.ScreenLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;

/**
 * Measures drop-copy throughput end to end: a QuickFIX/J initiator on loopback sends N new
 * executions as fast as it can; the figure is N / (time from the first send until the last report
 * is committed), and every report must be booked (no loss). Not a test: figures depend on the
 * machine. Arguments: N (default 50,000) and a send rate per second (default 0: as fast as the
 * sender can); with a rate, the lag after the last send says whether booking keeps up. A third
 * argument {@code book-only} skips FIX and times the booking of N reports in batches of {@link
 * DropCopyWriter#MAX_BATCH}: the writer's ceiling.
 */
public final class DropCopyBenchmark {
  private DropCopyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    Path dir = Files.createTempDirectory("tickmark-fix-benchmark");
    Path ws = dir.resolve("ws");
    int code =
        TickmarkCommand.execute(
            new String[] {
              "demo",
              "--workspace",
              ws.toString(),
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
            System.err,
            Map.of(),
            p -> {});
    if (code != 0) {
      throw new IllegalStateException("demo failed");
    }
    System.out.printf(
        Locale.ROOT,
        "JVM %s, max heap %d MB, %d processors, %,d execution reports%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(),
        n);
    try (Workspace workspace = Workspace.open(ws)) {
      AppServices services = AppServices.of(workspace, Clock.systemUTC());
      Actor clerk = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
      List<Instrument> equities =
          services.repositories().referenceData().instruments().stream()
              .filter(i -> i.assetClass() == AssetClass.EQUITY)
              .toList();
      Book book = services.repositories().referenceData().books().get(0);
      Counterparty broker =
          services.repositories().referenceData().counterparties().stream()
              .filter(c -> c.role() == CounterpartyRole.BROKER)
              .findFirst()
              .orElseThrow();
      DropCopyService dropCopy = services.dropCopy(Map.of("OMS1", broker.code()));
      if (args.length > 2 && args[2].equals("book-only")) {
        List<ExecutionReport> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          Instrument instrument = equities.get(i % equities.size());
          all.add(
              new ExecutionReport(
                  Map.ofEntries(
                      Map.entry(35, "8"),
                      Map.entry(49, "OMS1"),
                      Map.entry(56, "TICKMARK"),
                      Map.entry(34, Integer.toString(i + 2)),
                      Map.entry(37, "ORD-" + i / 10),
                      Map.entry(17, "BK" + i),
                      Map.entry(150, "F"),
                      Map.entry(39, "1"),
                      Map.entry(54, i % 2 == 0 ? "1" : "2"),
                      Map.entry(55, instrument.symbol()),
                      Map.entry(48, instrument.isin().value()),
                      Map.entry(22, "4"),
                      Map.entry(1, book.code()),
                      Map.entry(32, "100"),
                      Map.entry(31, "10.5"),
                      Map.entry(15, instrument.currency().code()),
                      Map.entry(75, "20251120"),
                      Map.entry(60, "20251120-14:30:00.250")),
                  "8=FIX.4.4|9=250|35=8|" + "x".repeat(230) + "|10=000|",
                  Instant.now()));
        }
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        for (int from = 0; from < n; from += DropCopyWriter.MAX_BATCH) {
          dropCopy.process(clerk, all.subList(from, Math.min(n, from + DropCopyWriter.MAX_BATCH)));
        }
        long done = System.nanoTime();
        System.out.printf(
            Locale.ROOT,
            "booked %,d reports in %.2f s: %,.0f/s (batches of %,d); %.2f s of CPU%n",
            n,
            (done - start) / 1e9,
            n / ((done - start) / 1e9),
            DropCopyWriter.MAX_BATCH,
            (cpuNanos() - cpuStart) / 1e9);
        System.out.println("outcomes: " + dropCopy.counts(clerk));
        return;
      }
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = s.getLocalPort();
      }
      try (FixDropCopyAcceptor acceptor =
          new FixDropCopyAcceptor(
                  new FixDropCopyAcceptor.Config("127.0.0.1", port, "TICKMARK", "OMS1", 30),
                  ws.resolve("fix"),
                  dropCopy,
                  clerk,
                  Clock.systemUTC(),
                  line -> {})
              .start()) {
        SessionID id = new SessionID("FIX.4.4", "OMS1", "TICKMARK");
        SessionSettings s = new SessionSettings();
        s.setString("ConnectionType", "initiator");
        s.setString("NonStopSession", "Y");
        s.setString("HeartBtInt", "30");
        s.setString("ReconnectInterval", "1");
        s.setString("UseDataDictionary", "N");
        s.setString("SocketConnectHost", "127.0.0.1");
        s.setString("SocketConnectPort", Integer.toString(port));
        s.setString(id, "BeginString", "FIX.4.4");
        s.setString(id, "SenderCompID", "OMS1");
        s.setString(id, "TargetCompID", "TICKMARK");
        SocketInitiator initiator =
            new SocketInitiator(
                new ApplicationAdapter(),
                new MemoryStoreFactory(),
                s,
                new ScreenLogFactory(false, false, false),
                new DefaultMessageFactory());
        initiator.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!(initiator.isLoggedOn() && acceptor.loggedOn()) && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
          if (rate > 0) {
            long due = start + (long) (i * (1e9 / rate));
            while (System.nanoTime() < due) {
              LockSupport.parkNanos(due - System.nanoTime());
            }
          }
          Instrument instrument = equities.get(i % equities.size());
          quickfix.fix44.ExecutionReport m = new quickfix.fix44.ExecutionReport();
          m.setString(37, "ORD-" + i / 10);
          m.setString(17, "BX" + i);
          m.setChar(150, 'F');
          m.setChar(39, '1');
          m.setChar(54, i % 2 == 0 ? '1' : '2');
          m.setString(55, instrument.symbol());
          m.setString(48, instrument.isin().value());
          m.setString(22, "4");
          m.setString(1, book.code());
          m.setString(32, "100");
          m.setString(31, "10.5");
          m.setString(14, "100");
          m.setString(151, "0");
          m.setString(6, "10.5");
          m.setString(15, instrument.currency().code());
          m.setString(75, "20251120");
          m.setString(60, "20251120-14:30:00.250");
          Session.sendToTarget(m, id);
        }
        long sent = System.nanoTime();
        boolean all = acceptor.writer().awaitProcessed(n, Duration.ofMinutes(10));
        long done = System.nanoTime();
        initiator.stop();
        System.out.printf(
            Locale.ROOT,
            "sent in %.2f s (%,.0f/s); booked in %.2f s: %,.0f execution reports/s end to end,"
                + " last booked %.2f s after the last send; %s; %.2f s of CPU%n",
            (sent - start) / 1e9,
            n / ((sent - start) / 1e9),
            (done - start) / 1e9,
            n / ((done - start) / 1e9),
            (done - sent) / 1e9,
            all ? "all booked" : "ONLY " + acceptor.writer().processed() + " booked",
            (cpuNanos() - cpuStart) / 1e9);
        System.out.println("outcomes: " + dropCopy.counts(clerk));
      }
    }
  }

  /**
   * CPU time of this process, all threads: high wall time with little CPU means the machine was
   * busy with something else.
   */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
