package com.tickmark.app.faults;

import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.trade.Trade;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FIX drop-copy acceptor ({@code fix-acceptor}, a child process) killed in the middle of a
 * burst of new executions, then started again while the trading system's initiator (in this JVM)
 * carries on and answers the acceptor's resend request. Afterwards every execution report in the
 * acceptor's FIX message log is booked as exactly one trade, and every report sent reached it.
 */
public final class FixScenario implements Scenario {
  /** Our comp id, as the acceptor's target; and the acceptor's own. */
  static final String TRADING_SYSTEM = "FLTOMS";

  static final String ACCEPTOR = "FLTTM";
  private static final Duration START = Duration.ofMinutes(2);

  private final Harness harness;
  private final int reports;
  private Path base;
  private String broker;
  private List<FixBurstInitiator.Fill> fills;

  public FixScenario(Harness harness, int reports) {
    this.harness = harness;
    this.reports = reports;
  }

  @Override
  public String name() {
    return "fix";
  }

  @Override
  public String operation() {
    return String.format(
        Locale.ROOT, "fix-acceptor booking a burst of %,d execution reports", reports);
  }

  private String[] acceptorArgs(Path ws, int port) {
    return new String[] {
      "fix-acceptor",
      "--workspace",
      ws.toString(),
      "--user",
      "clerk",
      "--port",
      Integer.toString(port),
      "--bind",
      "127.0.0.1",
      "--sender",
      ACCEPTOR,
      "--target",
      TRADING_SYSTEM,
      "--broker",
      TRADING_SYSTEM + "=" + broker
    };
  }

  @Override
  public double prepare(Path dir) throws Exception {
    base = dir.resolve("base");
    harness.demo(base);
    Harness.inspect(
        base,
        s -> {
          var refdata = s.repositories().referenceData();
          broker =
              refdata.counterparties().stream()
                  .filter(c -> c.role() == CounterpartyRole.BROKER)
                  .findFirst()
                  .orElseThrow()
                  .code();
          String book = refdata.books().get(0).code();
          List<FixBurstInitiator.Fill> found = new ArrayList<>();
          for (Instrument i : refdata.instruments()) {
            if (i.assetClass() != AssetClass.EQUITY || i.isin() == null || found.size() >= 20) {
              continue;
            }
            s.repositories()
                .marketData()
                .latestPrice(i.id(), Harness.BUSINESS_DATE)
                .ifPresent(
                    p ->
                        found.add(
                            new FixBurstInitiator.Fill(
                                i.symbol(),
                                i.isin().value(),
                                i.currency().code(),
                                book,
                                p.close())));
          }
          fills = List.copyOf(found);
          return null;
        });
    if (fills.isEmpty()) {
      throw new IllegalStateException("The demo firm has no priced equity to trade");
    }
    Path ws = dir.resolve("measure");
    Harness.copy(base, ws);
    int port = freePort();
    ChildCli.Running acceptor = startAcceptor(ws, port);
    try (FixBurstInitiator initiator = logOn(port, acceptor)) {
      long start = System.nanoTime();
      sendAll(initiator, "M-");
      if (!acceptor.awaitOutput(
          out -> booked(out, "M-").size() >= reports, Duration.ofMinutes(10))) {
        throw new IllegalStateException(
            "The uninterrupted burst was not booked: " + booked(acceptor.out(), "M-").size());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      stop(acceptor);
      Map<String, Integer> trades = tradesByExecId(ws, "M-");
      if (trades.size() != reports) {
        throw new IllegalStateException(
            "The uninterrupted burst booked "
                + trades.size()
                + " trades of "
                + reports
                + " reports: "
                + tail(acceptor.out()));
      }
      return seconds;
    } finally {
      acceptor.kill();
    }
  }

  private ChildCli.Running startAcceptor(Path ws, int port) throws InterruptedException {
    ChildCli.Running acceptor = harness.child().start(acceptorArgs(ws, port));
    if (!acceptor.awaitOutput(out -> out.contains("Listening for FIX"), START)) {
      acceptor.kill();
      throw new IllegalStateException(
          "The FIX acceptor did not start: " + acceptor.result().describe());
    }
    return acceptor;
  }

  private FixBurstInitiator logOn(int port, ChildCli.Running acceptor) throws InterruptedException {
    FixBurstInitiator initiator = new FixBurstInitiator(port, TRADING_SYSTEM, ACCEPTOR);
    if (!initiator.awaitLogon(0, START)) {
      initiator.close();
      throw new IllegalStateException("The initiator did not log on: " + tail(acceptor.out()));
    }
    return initiator;
  }

  private void sendAll(FixBurstInitiator initiator, String prefix) {
    for (int i = 0; i < reports; i++) {
      FixBurstInitiator.Fill fill = fills.get(i % fills.size());
      initiator.send(
          prefix + i, "ORD-" + prefix + i / 10, fill, 100 + i % 50, Harness.BUSINESS_DATE);
    }
  }

  /** Closes the acceptor's input (it books what it holds and stops); false if it did not stop. */
  private static boolean stop(ChildCli.Running acceptor) {
    acceptor.closeInput();
    return acceptor.awaitExit(Duration.ofMinutes(2)) && acceptor.result().exitCode() == 0;
  }

  @Override
  public Trial trial(int number, Path dir, double delaySeconds) throws Exception {
    Path ws = dir.resolve("ws");
    Harness.copy(base, ws);
    String prefix = "F" + number + "-";
    int port = freePort();
    List<String> partial = new ArrayList<>();
    ChildCli.Running first = startAcceptor(ws, port);
    ChildCli.Running second = null;
    boolean killed;
    int bookedBeforeKill;
    String recovered = "";
    try (FixBurstInitiator initiator = logOn(port, first)) {
      Thread sender = new Thread(() -> sendAll(initiator, prefix), "fault-fix-sender");
      long start = System.nanoTime();
      sender.start();
      long due = start + (long) (delaySeconds * 1e9);
      while (System.nanoTime() < due) {
        Thread.sleep(Math.max(1, (due - System.nanoTime()) / 1_000_000));
      }
      bookedBeforeKill = booked(first.out(), prefix).size();
      first.kill();
      killed = bookedBeforeKill < reports;
      sender.join();
      int logons = initiator.logons();
      second = harness.child().start(acceptorArgs(ws, port));
      if (!second.awaitOutput(out -> out.contains("Listening for FIX"), START)) {
        second.kill();
        partial.add(
            "the acceptor did not start again after the kill: " + second.result().describe());
      } else if (!initiator.awaitLogon(logons, START)) {
        partial.add("the initiator did not log on again: " + tail(second.out()));
      } else if (!initiator.roundTrip("after-" + number, Duration.ofMinutes(5))) {
        partial.add(
            "the acceptor did not catch up with the session (no answer to a TestRequest): "
                + tail(second.out()));
      }
      Matcher m = Pattern.compile("Recovered (\\d+) execution report").matcher(second.out());
      if (m.find()) {
        recovered = "; " + m.group(1) + " replayed from the message log on restart";
      }
      if (second.isAlive() && !stop(second)) {
        partial.add("the acceptor did not stop cleanly: " + second.result().describe());
      }
    } finally {
      first.kill();
      if (second != null) {
        second.kill();
      }
    }
    partial.addAll(harness.verify(ws));
    Set<String> inLog = execIdsInLog(ws, prefix);
    Map<String, Integer> trades = tradesByExecId(ws, prefix);
    List<String> missing = new ArrayList<>();
    List<String> twice = new ArrayList<>();
    for (String id : inLog) {
      if (!trades.containsKey(id)) {
        missing.add(id);
      }
    }
    trades.forEach(
        (id, n) -> {
          if (n > 1) {
            twice.add(id + " x" + n);
          }
        });
    if (!missing.isEmpty()) {
      partial.add(
          missing.size() + " report(s) in the FIX message log have no trade: " + first(missing));
    }
    if (!twice.isEmpty()) {
      partial.add(twice.size() + " report(s) booked as more than one trade: " + first(twice));
    }
    if (inLog.size() != reports) {
      partial.add(
          (reports - inLog.size())
              + " of the "
              + reports
              + " reports sent never reached the acceptor's message log");
    }
    Set<String> notInLog = new HashSet<>(trades.keySet());
    notInLog.removeAll(inLog);
    if (!notInLog.isEmpty()) {
      partial.add(notInLog.size() + " trade(s) booked from reports not in the message log");
    }
    return new Trial(
        killed,
        partial,
        String.format(
            Locale.ROOT,
            "%,d of %,d booked at the kill; afterwards %,d trades%s",
            bookedBeforeKill,
            reports,
            trades.size(),
            recovered));
  }

  private static String first(List<String> ids) {
    return String.join(", ", ids.subList(0, Math.min(5, ids.size())))
        + (ids.size() > 5 ? ", ..." : "");
  }

  private static String tail(String out) {
    return out.length() > 600 ? "..." + out.substring(out.length() - 600) : out;
  }

  /** The exec ids the acceptor's output says it booked (whatever became of them). */
  static Set<String> booked(String out, String prefix) {
    Set<String> ids = new HashSet<>();
    Matcher m = Pattern.compile("-> (" + Pattern.quote(prefix) + "\\d+) ").matcher(out);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** The exec ids of the execution reports from the trading system in the FIX message log. */
  static Set<String> execIdsInLog(Path ws, String prefix) throws IOException {
    Path log =
        ws.resolve("fix")
            .resolve("log")
            .resolve("FIX.4.4-" + ACCEPTOR + "-" + TRADING_SYSTEM + ".messages.log");
    Set<String> ids = new LinkedHashSet<>();
    if (!Files.exists(log)) {
      return ids;
    }
    Pattern execId = Pattern.compile("\u000117=(" + Pattern.quote(prefix) + "\\d+)\u0001");
    for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
      if (line.contains("\u000135=8\u0001")
          && line.contains("\u000149=" + TRADING_SYSTEM + "\u0001")) {
        Matcher m = execId.matcher(line);
        if (m.find()) {
          ids.add(m.group(1));
        }
      }
    }
    return ids;
  }

  /** How many trades the workspace holds for each exec id starting with {@code prefix}. */
  private static Map<String, Integer> tradesByExecId(Path ws, String prefix) {
    return Harness.inspect(
        ws,
        s -> {
          Map<String, Integer> counts = new HashMap<>();
          for (Trade t :
              s.area(TradeServices.class).repositories().trades().tradesOn(Harness.BUSINESS_DATE)) {
            if (t.execId().startsWith(prefix)) {
              counts.merge(t.execId(), 1, Integer::sum);
            }
          }
          return counts;
        });
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
