package com.tickmark.app.cli;

import static com.tickmark.app.FileTrees.deleteTree;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.trade.fix.ReportOutcome;
import com.tickmark.persistence.workspace.Workspace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import quickfix.ApplicationAdapter;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.MemoryStoreFactory;
import quickfix.ScreenLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.fix44.ExecutionReport;

/**
 * {@code tickmark bench fix}: the FIX drop copy end to end across two processes, as a trading
 * system meets it. The acceptor is the real {@code fix-acceptor} command, started in its own JVM
 * (this JVM's java, class path and options) on a fresh demo workspace; this process is the
 * initiator. It sends a first burst to the freshly started acceptor (cold), then timed bursts to
 * the same acceptor (warm), each timed from its first send until the acceptor reports the last
 * report booked (committed); at the end the acceptor is stopped and the trades in the workspace are
 * counted.
 */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description =
        "Times the FIX drop copy with the acceptor (the fix-acceptor command) and the initiator in"
            + " separate processes: a cold burst, then warm ones.")
final class FixBench implements Callable<Integer> {
  private static final String US = "TICKMARK";
  private static final String OMS = "OMS1";
  private static final Pattern BOOKED = Pattern.compile("^(\\d+) execution reports booked$");
  private static final Duration PATIENCE = Duration.ofMinutes(5);

  @ParentCommand BenchCommand bench;

  @Option(
      names = "--reports",
      defaultValue = "50000",
      description = "Execution reports in each warm burst (default: ${DEFAULT-VALUE}).")
  int reports;

  @Option(
      names = "--cold",
      defaultValue = "20000",
      description =
          "Execution reports in the first burst, to the acceptor just started (default:"
              + " ${DEFAULT-VALUE}).")
  int cold;

  @Option(
      names = "--runs",
      defaultValue = "3",
      description = "Warm bursts (default: ${DEFAULT-VALUE}).")
  int runs;

  private final LocalDate businessDate = LocalDate.of(2025, 11, 20);

  /** The highest "N execution reports booked" the acceptor printed. */
  private long booked;

  @Override
  public Integer call() throws Exception {
    if (reports < 1 || cold < 1 || runs < 1) {
      throw new UserException("--reports, --cold and --runs must be at least 1");
    }
    PrintStream out = bench.root.out;
    Path dir = Files.createTempDirectory("tickmark-bench-fix-");
    Process acceptor = null;
    SocketInitiator initiator = null;
    try {
      Path ws = dir.resolve("ws");
      List<Instrument> equities;
      String bookCode;
      String brokerCode;
      try (Workspace workspace = Workspace.open(ws)) {
        AppServices services = AppServices.of(workspace, Clock.systemUTC());
        new DemoFirmInstaller()
            .install(
                services,
                new DemoConfig(
                    DemoConfig.DEFAULT_SEED, businessDate, 30, 1, 5, FaultRates.DEFAULTS),
                DemoFirmInstaller.Progress.NONE);
        var refdata = services.repositories().referenceData();
        equities =
            refdata.instruments().stream()
                .filter(i -> i.assetClass() == AssetClass.EQUITY)
                .toList();
        bookCode = refdata.books().get(0).code();
        brokerCode =
            refdata.counterparties().stream()
                .filter(c -> c.role() == CounterpartyRole.BROKER)
                .findFirst()
                .orElseThrow()
                .code();
      }
      int port = freePort();
      int every = Math.max(1, Math.min(1_000, gcd(cold, reports)));
      acceptor = startAcceptor(ws, port, brokerCode, every);
      out.printf(
          Locale.ROOT,
          "Acceptor: the fix-acceptor command in its own JVM (pid %d); initiator: this JVM (pid"
              + " %d); %d CPU cores, load average %.1f%n",
          acceptor.pid(),
          ProcessHandle.current().pid(),
          Runtime.getRuntime().availableProcessors(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      initiator = startInitiator(port, acceptor);
      SessionID session = new SessionID("FIX.4.4", OMS, US);
      long sent = 0;
      double coldRate = burst(session, equities, bookCode, sent, cold, acceptor);
      sent += cold;
      out.printf(
          Locale.ROOT,
          "cold: first %,d reports after the acceptor started: %,.0f reports/s%n",
          cold,
          coldRate);
      List<Double> warm = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        double rate = burst(session, equities, bookCode, sent, reports, acceptor);
        sent += reports;
        warm.add(rate);
        out.printf(
            Locale.ROOT,
            "warm %d: %,d reports: %,.0f reports/s (load average %.1f)%n",
            run,
            reports,
            rate,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
      initiator.stop();
      initiator = null;
      double acceptorCpu =
          acceptor.info().totalCpuDuration().map(d -> d.toMillis() / 1e3).orElse(-1.0);
      acceptor.getOutputStream().close(); // the end of its input stops the acceptor
      if (!acceptor.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("The acceptor did not stop");
      }
      if (acceptor.exitValue() != 0) {
        throw new IllegalStateException("The acceptor exited with " + acceptor.exitValue());
      }
      int trades;
      try (Workspace workspace = Workspace.open(ws)) {
        AppServices services = AppServices.of(workspace, Clock.systemUTC());
        var clerk = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
        trades = services.dropCopy().counts(clerk).getOrDefault(ReportOutcome.CREATED, 0);
      }
      warm.sort(Comparator.naturalOrder());
      out.printf(
          Locale.ROOT,
          "cold %,.0f/s; warm %,.0f–%,.0f/s (median %,.0f); %,d of %,d reports booked as trades"
              + " (%s); acceptor CPU %.1f s%n",
          coldRate,
          warm.get(0),
          warm.get(warm.size() - 1),
          warm.get(warm.size() / 2),
          trades,
          sent,
          trades == sent ? "none lost" : "MISSING " + (sent - trades),
          acceptorCpu);
      return trades == sent ? TickmarkCommand.OK : TickmarkCommand.INTERNAL_ERROR;
    } finally {
      if (initiator != null) {
        initiator.stop(true);
      }
      if (acceptor != null && acceptor.isAlive()) {
        acceptor.destroyForcibly();
        acceptor.waitFor(30, TimeUnit.SECONDS);
      }
      deleteTree(dir);
    }
  }

  /**
   * Sends {@code count} new executions as fast as the session takes them; returns reports per
   * second from the first send until the acceptor printed the last one booked.
   */
  private double burst(
      SessionID session,
      List<Instrument> equities,
      String bookCode,
      long first,
      int count,
      Process acceptor)
      throws InterruptedException, SessionNotFound {
    String tradeDate = businessDate.format(DateTimeFormatter.BASIC_ISO_DATE);
    long start = System.nanoTime();
    for (long i = first; i < first + count; i++) {
      Instrument instrument = equities.get((int) (i % equities.size()));
      ExecutionReport m = new ExecutionReport();
      m.setString(37, "ORD-" + i / 10);
      m.setString(17, "BENCH-" + i);
      m.setChar(150, 'F');
      m.setChar(39, '1');
      m.setChar(54, i % 2 == 0 ? '1' : '2');
      m.setString(55, instrument.symbol());
      m.setString(48, instrument.isin().value());
      m.setString(22, "4");
      m.setString(1, bookCode);
      m.setString(32, "100");
      m.setString(31, "10.5");
      m.setString(14, "100");
      m.setString(151, "0");
      m.setString(6, "10.5");
      m.setString(15, instrument.currency().code());
      m.setString(75, tradeDate);
      m.setString(60, tradeDate + "-14:30:00.250");
      if (!Session.sendToTarget(m, session)) {
        throw new IllegalStateException("The initiator could not send report " + i);
      }
    }
    awaitBooked(first + count, acceptor);
    return count / ((System.nanoTime() - start) / 1e9);
  }

  private synchronized void awaitBooked(long count, Process acceptor) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (booked < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !acceptor.isAlive()) {
        throw new IllegalStateException(
            "Only "
                + booked
                + " of "
                + count
                + " reports were booked (acceptor alive: "
                + acceptor.isAlive()
                + ")");
      }
      TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.SECONDS.toNanos(1)));
    }
  }

  private synchronized void booked(long count) {
    booked = Math.max(booked, count);
    notifyAll();
  }

  /** The fix-acceptor command in a JVM of its own, as the launcher starts it. */
  private Process startAcceptor(Path ws, int port, String brokerCode, int every)
      throws IOException, InterruptedException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent"))
            .toList());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "com.tickmark.app.Main",
            "fix-acceptor",
            "--workspace",
            ws.toString(),
            "--user",
            "clerk",
            "--bind",
            "127.0.0.1",
            "--port",
            Integer.toString(port),
            "--sender",
            US,
            "--target",
            OMS,
            "--broker",
            OMS + "=" + brokerCode,
            "--quiet",
            "--progress-every",
            Integer.toString(every)));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("TICKMARK_PASSWORD", DemoUsers.PASSWORD);
    Process p = pb.start();
    Object ready = new Object();
    boolean[] listening = {false};
    List<String> lines = new ArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  Matcher m = BOOKED.matcher(line);
                  if (m.matches()) {
                    booked(Long.parseLong(m.group(1)));
                    continue;
                  }
                  synchronized (ready) {
                    lines.add(line);
                    listening[0] |= line.startsWith("Booking as");
                    ready.notifyAll();
                  }
                }
              } catch (IOException e) {
                // the acceptor is gone
              }
              synchronized (ready) {
                ready.notifyAll();
              }
            },
            "bench-fix-acceptor-output");
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    synchronized (ready) {
      while (!listening[0]) {
        if (!p.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "The acceptor did not start: " + String.join(" / ", lines));
        }
        ready.wait(200);
      }
    }
    return p;
  }

  private static SocketInitiator startInitiator(int port, Process acceptor)
      throws ConfigError, InterruptedException {
    SessionID id = new SessionID("FIX.4.4", OMS, US);
    SessionSettings s = new SessionSettings();
    s.setString("ConnectionType", "initiator");
    s.setString("NonStopSession", "Y");
    s.setString("HeartBtInt", "30");
    s.setString("ReconnectInterval", "1");
    s.setString("UseDataDictionary", "N");
    s.setString("SocketConnectHost", "127.0.0.1");
    s.setString("SocketConnectPort", Integer.toString(port));
    s.setString(id, "BeginString", "FIX.4.4");
    s.setString(id, "SenderCompID", OMS);
    s.setString(id, "TargetCompID", US);
    SocketInitiator initiator =
        new SocketInitiator(
            new ApplicationAdapter(),
            new MemoryStoreFactory(),
            s,
            new ScreenLogFactory(false, false, false),
            new DefaultMessageFactory());
    initiator.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!initiator.isLoggedOn()) {
      if (System.nanoTime() > deadline || !acceptor.isAlive()) {
        initiator.stop(true);
        throw new IllegalStateException("The initiator could not log on to the acceptor");
      }
      Thread.sleep(10);
    }
    return initiator;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
