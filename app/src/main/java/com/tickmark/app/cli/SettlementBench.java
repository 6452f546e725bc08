package com.tickmark.app.cli;

import static com.tickmark.app.FileTrees.deleteTree;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.position.Positions;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.Netting;
import com.tickmark.model.settlement.NettingSet;
import com.tickmark.model.settlement.ObligationLine;
import com.tickmark.model.settlement.status.StatusImportResult;
import com.tickmark.model.trade.imports.ImportProfile;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark bench settlement}: a small demo firm plus N imported trades in a fresh temporary
 * workspace, then the times of positions as of a date, of importing the demo firm's settlement
 * status files and of obligations with their netting.
 */
@Command(
    name = "settlement",
    mixinStandardHelpOptions = true,
    description =
        "Times positions as of a date, the import of the demo firm's settlement status files and"
            + " obligations with netting over N trades, in a fresh temporary workspace.")
final class SettlementBench implements Callable<Integer> {
  @ParentCommand BenchCommand bench;

  @Option(
      names = "--trades",
      defaultValue = "1000000",
      description = "Trades imported on top of the demo firm (default: ${DEFAULT-VALUE}).")
  int trades;

  @Option(
      names = "--business-date",
      paramLabel = "YYYY-MM-DD",
      defaultValue = "2025-11-20",
      description = "Business date (default: ${DEFAULT-VALUE}).")
  LocalDate businessDate;

  @Override
  public Integer call() throws IOException {
    if (trades < 0) {
      throw new UserException("--trades must not be negative");
    }
    PrintStream out = bench.root.out;
    Path dir = Files.createTempDirectory("tickmark-bench-");
    try {
      DemoConfig config =
          new DemoConfig(DemoConfig.DEFAULT_SEED, businessDate, 60, 3, 200, FaultRates.DEFAULTS);
      try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
        AppServices services = AppServices.of(ws, Clock.systemUTC());
        new DemoFirmInstaller().install(services, config, DemoFirmInstaller.Progress.NONE);
        Actor clerk = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
        if (trades > 0) {
          Path file = dir.resolve("trades.csv");
          SampleTradeFile.write(services.repositories(), businessDate, file, trades, "BENCH");
          long start = System.nanoTime();
          services
              .tradeImports()
              .importFile(clerk, file, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
          out.printf(
              Locale.ROOT,
              "Imported %,d trades (their positions posted with the import) in %.2f s%n",
              trades,
              seconds(start));
        }
        int stored = services.area(TradeServices.class).repositories().trades().count();
        SettlementServices settlement = services.area(SettlementServices.class);
        for (int run = 1; run <= 3; run++) {
          long start = System.nanoTime();
          Positions p = settlement.positions().asOf(clerk, businessDate, Optional.empty());
          out.printf(
              Locale.ROOT,
              "Positions as of %s over %,d trades (run %d): %d holdings, %d cash balances in %.0f"
                  + " ms%n",
              businessDate,
              stored,
              run,
              p.securities().size(),
              p.cash().size(),
              seconds(start) * 1000);
        }
        importStatusFiles(out, ws.inbox().resolve("settlement"), settlement, clerk, stored);
        for (int run = 1; run <= 2; run++) {
          long start = System.nanoTime();
          List<ObligationLine> lines = settlement.obligations().asOf(clerk, businessDate, true);
          double obligationSeconds = seconds(start);
          long nettingStart = System.nanoTime();
          List<NettingSet> sets =
              Netting.cash(lines.stream().map(ObligationLine::obligation).toList());
          double nettingSeconds = seconds(nettingStart);
          out.printf(
              Locale.ROOT,
              "Obligations of %,d trades (run %d): %.2f s (%,d trades/s, so %.2f s per 100,000);"
                  + " netted into %,d sets in %.2f s%n",
              lines.size(),
              run,
              obligationSeconds,
              Math.round(lines.size() / obligationSeconds),
              obligationSeconds * 100_000 / Math.max(1, lines.size()),
              sets.size(),
              nettingSeconds);
        }
      }
    } finally {
      deleteTree(dir);
    }
    return TickmarkCommand.OK;
  }

  /** Times the import of the demo firm's status files, matched against every stored trade. */
  private static void importStatusFiles(
      PrintStream out, Path folder, SettlementServices settlement, Actor clerk, int stored)
      throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(Files::isRegularFile).sorted().toList();
    }
    long start = System.nanoTime();
    List<StatusImportResult> results = settlement.statusImports().importFiles(clerk, files, false);
    int lines = results.stream().mapToInt(StatusImportResult::lines).sum();
    long written = results.stream().filter(StatusImportResult::written).count();
    out.printf(
        Locale.ROOT,
        "Imported %d of %d settlement status files (%,d lines) against %,d trades in %.2f s%n",
        written,
        results.size(),
        lines,
        stored,
        seconds(start));
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
