package com.tickmark.app.cli;

import static com.tickmark.app.FileTrees.deleteTree;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.app.ui.blotter.BlotterBenchmark;
import com.tickmark.model.audit.DataVerification;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.trade.imports.ImportProfile;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark bench}: measures the figures the README quotes, on this machine, in fresh
 * temporary workspaces.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures Tickmark's performance figures on this machine.",
    subcommands = {
      BenchCommand.Demo.class,
      BenchCommand.Import.class,
      BenchCommand.Blotter.class,
      FixBench.class,
      SettlementBench.class,
      ReconBench.class,
      BreaksBench.class,
      FaultsBench.class,
      LedgerBench.class
    })
final class BenchCommand {
  @ParentCommand TickmarkCommand root;

  /**
   * {@code tickmark bench demo}: times demo-firm creation end to end (generate, write files,
   * store).
   */
  @Command(
      name = "demo",
      mixinStandardHelpOptions = true,
      description = "Times creating the demo firm in a fresh temporary workspace.")
  static final class Demo implements Callable<Integer> {
    @ParentCommand BenchCommand bench;

    @Option(
        names = "--runs",
        defaultValue = "3",
        description = "Timed runs after one warm-up run (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
        names = "--days",
        defaultValue = "" + DemoConfig.DEFAULT_TRADING_DAYS,
        description = "Trading days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(
        names = "--trades-per-day",
        defaultValue = "" + DemoConfig.DEFAULT_TRADES_PER_DAY,
        description = "Trades per day (default: ${DEFAULT-VALUE}).")
    int tradesPerDay;

    @Option(
        names = "--business-date",
        paramLabel = "YYYY-MM-DD",
        defaultValue = "2025-11-20",
        description = "Business date (default: ${DEFAULT-VALUE}).")
    LocalDate businessDate;

    @Override
    public Integer call() throws IOException {
      if (runs < 1) {
        throw new UserException("--runs must be at least 1");
      }
      DemoConfig config =
          new DemoConfig(
              DemoConfig.DEFAULT_SEED,
              businessDate,
              DemoConfig.DEFAULT_HISTORY_DAYS,
              days,
              tradesPerDay,
              FaultRates.DEFAULTS);
      var out = bench.root.out;
      out.printf(
          Locale.ROOT,
          "Demo firm: %d days x %d trades/day, %d history days, %d CPU cores, max heap %d MB%n",
          days,
          tradesPerDay,
          config.historyDays(),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      List<Double> totals = new ArrayList<>();
      for (int run = 0; run <= runs; run++) {
        Path dir = Files.createTempDirectory("tickmark-bench-");
        try {
          long start = System.nanoTime();
          DemoFirmInstaller.Summary s;
          try (Workspace ws = Workspace.open(dir)) {
            s =
                new DemoFirmInstaller()
                    .install(
                        AppServices.of(ws, Clock.systemUTC()),
                        config,
                        DemoFirmInstaller.Progress.NONE);
          }
          double seconds = (System.nanoTime() - start) / 1e9;
          String label = run == 0 ? "warm-up" : "run " + run;
          out.printf(
              Locale.ROOT,
              "  %-8s %6.2f s  (open+migrate+close included; generate %.2f s, files %.2f s, store"
                  + " %.2f s; %,d trades, %,d prices, %,d rows/s stored)%n",
              label,
              seconds,
              s.generate().toMillis() / 1e3,
              s.writeFiles().toMillis() / 1e3,
              s.store().toMillis() / 1e3,
              s.trades(),
              s.prices(),
              Math.round(
                  (s.trades() + s.prices() + s.fxRates())
                      / Math.max(1e-3, s.store().toMillis() / 1e3)));
          if (run > 0) {
            totals.add(seconds);
          }
        } finally {
          deleteTree(dir);
        }
      }
      totals.sort(Comparator.naturalOrder());
      out.printf(
          Locale.ROOT,
          "median %.2f s over %d runs%n",
          totals.get(totals.size() / 2),
          totals.size());
      return TickmarkCommand.OK;
    }
  }

  /**
   * {@code tickmark bench import}: times importing a generated file of valid trades (validation and
   * storage included) into a small demo firm in a fresh temporary workspace.
   */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Times a trade file import in a fresh temporary workspace.")
  static final class Import implements Callable<Integer> {
    @ParentCommand BenchCommand bench;

    @Option(
        names = "--rows",
        defaultValue = "1000000",
        description = "Trades in the file (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(
        names = "--days",
        defaultValue = "3",
        description = "Trading days of the demo firm created first (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(
        names = "--business-date",
        paramLabel = "YYYY-MM-DD",
        defaultValue = "2025-11-20",
        description = "Business date (default: ${DEFAULT-VALUE}).")
    LocalDate businessDate;

    @Option(
        names = "--runs",
        defaultValue = "1",
        description =
            "Imports timed, each into a fresh workspace in this JVM: the first in a cold JVM, "
                + "the others warm (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException {
      if (rows < 1) {
        throw new UserException("--rows must be at least 1");
      }
      if (runs < 1) {
        throw new UserException("--runs must be at least 1");
      }
      var out = bench.root.out;
      List<Double> warm = new ArrayList<>();
      double cold = 0;
      for (int run = 1; run <= runs; run++) {
        double rate = importOnce(out, run);
        if (run == 1) {
          cold = rate;
        } else {
          warm.add(rate);
        }
      }
      if (!warm.isEmpty()) {
        warm.sort(Comparator.naturalOrder());
        out.printf(
            Locale.ROOT,
            "cold JVM (run 1): %,d rows/s; warm JVM (runs 2-%d): median %,d rows/s, best %,d"
                + " rows/s%n",
            Math.round(cold),
            runs,
            Math.round(
                warm.size() % 2 == 1
                    ? warm.get(warm.size() / 2)
                    : (warm.get(warm.size() / 2 - 1) + warm.get(warm.size() / 2)) / 2),
            Math.round(warm.get(warm.size() - 1)));
      }
      return TickmarkCommand.OK;
    }

    /** One timed import into a fresh workspace; returns its rows per second. */
    private double importOnce(PrintStream out, int run) throws IOException {
      Path dir = Files.createTempDirectory("tickmark-bench-");
      try {
        DemoConfig config =
            new DemoConfig(
                DemoConfig.DEFAULT_SEED, businessDate, 60, days, 200, FaultRates.DEFAULTS);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
          AppServices services = AppServices.of(ws, Clock.systemUTC());
          new DemoFirmInstaller().install(services, config, DemoFirmInstaller.Progress.NONE);
          Path file = dir.resolve("trades.csv");
          long genStart = System.nanoTime();
          SampleTradeFile.write(services.repositories(), businessDate, file, rows, "BENCH");
          out.printf(
              Locale.ROOT,
              "%sGenerated %,d rows (%,d MB) in %.2f s; %d CPU cores, max heap %d MB%n",
              runs > 1 ? "[run " + run + "] " : "",
              rows,
              Files.size(file) >> 20,
              (System.nanoTime() - genStart) / 1e9,
              Runtime.getRuntime().availableProcessors(),
              Runtime.getRuntime().maxMemory() >> 20);
          var actor = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
          long previewStart = System.nanoTime();
          services
              .tradeImports()
              .importFile(actor, file, ImportProfile.BUILT_IN, ImportMode.PREVIEW);
          double previewSeconds = (System.nanoTime() - previewStart) / 1e9;
          out.printf(
              Locale.ROOT,
              "Preview (hash and validation, nothing stored): %.2f s, %,d rows/s%n",
              previewSeconds,
              Math.round(rows / previewSeconds));
          int before = services.area(TradeServices.class).repositories().trades().count();
          long cpuStart = processCpuNanos();
          long start = System.nanoTime();
          var result =
              services
                  .tradeImports()
                  .importFile(actor, file, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
          double seconds = (System.nanoTime() - start) / 1e9;
          double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
          int stored = services.area(TradeServices.class).repositories().trades().count() - before;
          if (!result.problems().isEmpty() || stored != rows) {
            throw new IllegalStateException(
                "The benchmark file did not import cleanly: "
                    + result.problems().size()
                    + " problems (first: "
                    + result.problems().stream()
                        .findFirst()
                        .map(p -> p.describe("trades.csv"))
                        .orElse("none")
                    + "), "
                    + stored
                    + " of "
                    + rows
                    + " stored");
          }
          out.printf(
              Locale.ROOT,
              "Imported %,d trades in %.2f s (hash, validation and storage): %,d rows/s; %.2f s of"
                  + " CPU (%s JVM)%n",
              stored,
              seconds,
              Math.round(stored / seconds),
              cpuSeconds,
              run == 1 ? "cold" : "warm");
          var compliance = services.users().signIn("compliance", DemoUsers.PASSWORD.toCharArray());
          long checkStart = System.nanoTime();
          DataVerification check = services.audit().verifyData(compliance);
          double checkSeconds = (System.nanoTime() - checkStart) / 1e9;
          if (!check.isIntact()) {
            throw new IllegalStateException(
                "The imported trades do not verify: " + String.join(" ", check.describe()));
          }
          long checked = check.checks().stream().mapToLong(c -> c.recordsChecked()).sum();
          out.printf(
              Locale.ROOT,
              "Checked the trail and %,d trades against it (audit verify --data) in %.2f s: %,d"
                  + " trades/s%n",
              checked,
              checkSeconds,
              Math.round(checked / checkSeconds));
          return stored / seconds;
        }
      } finally {
        deleteTree(dir);
      }
    }
  }

  @Command(
      name = "blotter",
      mixinStandardHelpOptions = true,
      description =
          "Times the blotter over N imported trades: first rows, reading, heap, quick filter, sort"
              + " and grouping.")
  static final class Blotter implements Callable<Integer> {
    @ParentCommand BenchCommand bench;

    @Option(
        names = "--trades",
        defaultValue = "1000000",
        description = "Trades imported into the workspace first (default: ${DEFAULT-VALUE}).")
    int trades;

    @Option(
        names = "--business-date",
        paramLabel = "YYYY-MM-DD",
        defaultValue = "2025-11-20",
        description = "Business date (default: ${DEFAULT-VALUE}).")
    LocalDate businessDate;

    @Override
    public Integer call() throws IOException {
      var out = bench.root.out;
      Path dir = Files.createTempDirectory("tickmark-bench-");
      try {
        DemoConfig config =
            new DemoConfig(DemoConfig.DEFAULT_SEED, businessDate, 60, 3, 200, FaultRates.DEFAULTS);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
          AppServices services = AppServices.of(ws, Clock.systemUTC());
          new DemoFirmInstaller().install(services, config, DemoFirmInstaller.Progress.NONE);
          Path file = dir.resolve("trades.csv");
          SampleTradeFile.write(services.repositories(), businessDate, file, trades, "BENCH");
          var actor = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
          long start = System.nanoTime();
          services
              .tradeImports()
              .importFile(actor, file, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
          out.printf(
              Locale.ROOT,
              "Workspace with %,d trades ready (import %.1f s); %d CPU cores%n",
              services.area(TradeServices.class).repositories().trades().count(),
              (System.nanoTime() - start) / 1e9,
              Runtime.getRuntime().availableProcessors());
          new BlotterBenchmark(services.blotter(), actor, out).run();
        }
      } finally {
        deleteTree(dir);
      }
      return TickmarkCommand.OK;
    }
  }

  /**
   * CPU time this process has used, all threads (-1 where the JVM cannot tell): shows contention
   * from other processes.
   */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }
}
