package com.tickmark.app.faults;

import com.tickmark.app.AppServices;
import com.tickmark.app.cli.SampleTradeFile;
import com.tickmark.app.cli.TickmarkCommand;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.trade.imports.ImportProfile;
import com.tickmark.persistence.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every scenario of the fault-injection suite shares: the real command line as a child process
 * (for the operation that is killed), a way to run the checks, small demo workspaces to copy, and
 * the checks every trial ends with.
 */
public final class Harness {
  /** The password of every demo user. */
  public static final String PASSWORD = "tickmark-demo-1";

  /** The business date of every base workspace. */
  public static final LocalDate BUSINESS_DATE = LocalDate.of(2025, 11, 20);

  private final Path work;
  private final ChildCli child;
  private final Cli checks;
  private final List<List<String>> checkCommands;

  /**
   * @param work a folder of its own for the suite's workspaces and files
   * @param childChecks run the checks in child JVMs too (else in this JVM, the same commands)
   */
  public Harness(Path work, boolean childChecks) {
    this.work = work;
    Map<String, String> env = Map.of("TICKMARK_PASSWORD", PASSWORD);
    this.child = new ChildCli(env);
    this.checks = childChecks ? Cli.child(child) : Cli.inProcess(env);
    this.checkCommands = checkCommands(checks);
  }

  /**
   * {@code audit verify}, and {@code audit verify --data} where this build's {@code audit verify}
   * offers it.
   */
  private static List<List<String>> checkCommands(Cli cli) {
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("audit", "verify"));
    if (cli.run("audit", "verify", "--help").out().contains("--data")) {
      commands.add(List.of("audit", "verify", "--data"));
    }
    return List.copyOf(commands);
  }

  /** The check commands every trial runs (each with --workspace and --user admin). */
  public List<String> checkCommands() {
    return checkCommands.stream().map(c -> String.join(" ", c)).toList();
  }

  public Path work() {
    return work;
  }

  /** Runs the real command line in a child JVM. */
  public ChildCli child() {
    return child;
  }

  /** Runs a command to its end the way the checks run (child JVM or this one). */
  public Cli cli() {
    return checks;
  }

  /**
   * Runs every check command on {@code workspace}; returns a sentence for each one that fails
   * (empty: the workspace opens and every check passes).
   */
  public List<String> verify(Path workspace) {
    List<String> failures = new ArrayList<>();
    for (List<String> command : checkCommands) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--workspace", workspace.toString(), "--user", "admin"));
      ChildCli.Result r = checks.run(args.toArray(String[]::new));
      if (r.exitCode() != 0) {
        failures.add("'" + String.join(" ", command) + "' failed: " + r.describe());
      }
    }
    return failures;
  }

  /**
   * Puts a small demo firm in {@code dir}: a copy of one made once per harness (in this JVM; the
   * workspace is closed).
   */
  public void demo(Path dir) {
    Path demo = work.resolve("demo-firm");
    synchronized (this) {
      if (!Workspace.exists(demo)) {
        createDemo(demo);
      }
    }
    copy(demo, dir);
  }

  /** Creates a small demo firm in {@code dir} (this JVM; the workspace is closed afterwards). */
  public static void createDemo(Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        TickmarkCommand.execute(
            new String[] {
              "demo",
              "--workspace",
              dir.toString(),
              "--days",
              "1",
              "--trades-per-day",
              "5",
              "--history-days",
              "30",
              "--business-date",
              BUSINESS_DATE.toString(),
              "--seed",
              "7"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            p -> {
              throw new IllegalStateException("no desktop app here");
            });
    if (code != 0) {
      throw new IllegalStateException(
          "Could not create the demo firm in " + dir + ": " + err.toString(StandardCharsets.UTF_8));
    }
  }

  /**
   * Opens {@code dir} in this JVM (which runs the start-up recovery, as any open does), applies
   * {@code read}, and closes it again.
   */
  public static <T> T inspect(Path dir, Function<AppServices, T> read) {
    try (Workspace ws = Workspace.open(dir)) {
      AppServices services = AppServices.of(ws, Clock.systemUTC());
      try {
        return read.apply(services);
      } finally {
        services.close();
      }
    }
  }

  /**
   * Writes a valid trade file of {@code rows} rows for the workspace in {@code dir} to {@code file}
   * and, when {@code load}, imports it (in this JVM, as the clerk); returns the trades stored.
   */
  public static int sampleTrades(Path dir, Path file, int rows, boolean load) {
    return inspect(
        dir,
        s -> {
          try {
            SampleTradeFile.write(s.repositories(), BUSINESS_DATE, file, rows, "FAULT");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (load) {
            var clerk = s.users().signIn("clerk", PASSWORD.toCharArray());
            s.tradeImports()
                .importFile(clerk, file, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
          }
          return s.area(TradeServices.class).repositories().trades().count();
        });
  }

  /** Copies a closed workspace folder (and anything else) to a new place, logs left out. */
  public static void copy(Path from, Path to) {
    try {
      Files.walkFileTree(
          from,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              if (dir.getFileName().toString().equals("logs") && !dir.equals(from)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              Files.createDirectories(to.resolve(from.relativize(dir).toString()));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              if (!file.getFileName().toString().equals("workspace.lock")) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy " + from + " to " + to, e);
    }
  }
}
