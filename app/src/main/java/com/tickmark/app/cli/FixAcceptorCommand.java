package com.tickmark.app.cli;

import com.tickmark.app.fix.DropCopyConnection;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.fix.ReportOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark fix-acceptor}: books a FIX 4.4 drop copy as trades until stopped. */
@Command(
    name = "fix-acceptor",
    mixinStandardHelpOptions = true,
    description = {
      "Accepts a FIX 4.4 drop-copy session and books its execution reports as trades.",
      "ExecType F a new trade, G a correction (new version), H a bust (cancelled). Repeated ExecIDs"
          + " are ignored and counted;",
      "reports naming an unknown instrument, account or broker wait in the repair queue. Every"
          + " message is",
      "kept in <workspace>/fix/. Runs until Ctrl+C or the end of standard input."
    })
public final class FixAcceptorCommand implements Callable<Integer> {
  @ParentCommand TickmarkCommand root;

  @Option(names = "--port", required = true, description = "The TCP port to listen on.")
  int port;

  @Option(names = "--bind", description = "The address to listen on (default: every interface).")
  String bind;

  @Option(
      names = "--sender",
      required = true,
      paramLabel = "COMPID",
      description = "Our SenderCompID (49 on what we send).")
  String sender;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "COMPID",
      description = "The trading system's comp id (its SenderCompID).")
  String target;

  @Option(
      names = "--broker",
      paramLabel = "COMPID=CODE",
      description = {
        "The executing broker for a comp id, by broker code (repeatable).",
        "Without one, the target comp id itself must be a broker code."
      })
  Map<String, String> brokers = new LinkedHashMap<>();

  @Option(
      names = "--heartbeat",
      defaultValue = "30",
      description = "Heartbeat interval in seconds (default: ${DEFAULT-VALUE}).")
  int heartbeat;

  @Option(names = "--quiet", description = "Print a line per minute instead of one per message.")
  boolean quiet;

  @Option(
      names = "--progress-every",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Also print \"N execution reports booked\" each time another N are booked (0: never).")
  int progressEvery;

  /** Standard input; closing it stops the acceptor. Tests give their own. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              try {
                closed.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "fix-acceptor-shutdown");
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      Consumer<String> out = quiet ? line -> {} : line -> root.out.println(line);
      DropCopyConnection connection = session.services().dropCopyConnection();
      DropCopyConnection.Settings settings;
      try {
        settings = new DropCopyConnection.Settings(bind, port, sender, target, brokers, heartbeat);
      } catch (IllegalArgumentException e) {
        throw new UserException(e.getMessage());
      }
      if (progressEvery < 0) {
        throw new UserException("--progress-every must be 0 or more");
      }
      if (progressEvery > 0) {
        long[] printed = {0};
        connection.addListener(
            status -> {
              long mark = status.booked() / progressEvery * progressEvery;
              synchronized (printed) {
                if (mark > printed[0]) {
                  printed[0] = mark;
                  root.out.printf(Locale.ROOT, "%d execution reports booked%n", mark);
                  root.out.flush();
                }
              }
            });
      }
      try {
        Runtime.getRuntime().addShutdownHook(hook);
        connection.start(actor, settings, out);
        root.out.println(
            "Booking as " + actor.username() + ". Stop with Ctrl+C (or close standard input).");
        Thread reader =
            new Thread(
                () -> {
                  drain(stdin);
                  stop.countDown();
                },
                "fix-acceptor-stdin");
        reader.setDaemon(true);
        reader.start();
        while (!stop.await(60, TimeUnit.SECONDS)) {
          if (quiet) {
            root.out.printf(
                Locale.ROOT, "%,d execution reports booked%n", connection.status().booked());
          }
        }
      } finally {
        connection.stop();
      }
      Map<ReportOutcome, Integer> counts = session.services().dropCopy().counts(actor);
      root.out.println("Stopped. Execution reports kept so far: " + counts);
    } finally {
      closed.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException | IllegalArgumentException e) {
        // shutting down already, or never registered
      }
    }
    return TickmarkCommand.OK;
  }

  private static void drain(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // keep reading until the end of input
      }
    } catch (IOException e) {
      // the input is gone: stop as at its end
    }
  }
}
