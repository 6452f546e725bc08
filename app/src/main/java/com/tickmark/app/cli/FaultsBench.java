package com.tickmark.app.cli;

import com.tickmark.app.FileTrees;
import com.tickmark.app.faults.BackupScenario;
import com.tickmark.app.faults.EodScenario;
import com.tickmark.app.faults.FaultInjection;
import com.tickmark.app.faults.FixScenario;
import com.tickmark.app.faults.Harness;
import com.tickmark.app.faults.ImportScenario;
import com.tickmark.app.faults.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark bench faults}: the fault-injection suite. Runs the real command line as a child
 * process, kills it ({@code kill -9}) at seeded random moments of a trade import, a FIX burst, a
 * backup and end of day, and checks after each kill that the workspace opens and verifies and that
 * nothing is left half done.
 */
@Command(
    name = "faults",
    mixinStandardHelpOptions = true,
    description = {
      "Kills (kill -9) the command line at random moments of a trade import, a FIX burst, a backup"
          + " and end of day,",
      "and checks after each kill that the workspace opens, 'audit verify' (and 'audit verify"
          + " --data' where offered)",
      "passes and nothing is left half done. Exit code 1 when any trial found a partial state."
    })
final class FaultsBench implements Callable<Integer> {
  enum Which {
    IMPORT,
    FIX,
    BACKUP,
    EOD,
    ALL
  }

  @ParentCommand BenchCommand bench;

  @Option(
      names = "--trials",
      defaultValue = "20",
      description = "Trials per scenario (default: ${DEFAULT-VALUE}).")
  int trials;

  @Option(
      names = "--seed",
      defaultValue = "20261206",
      description = "Seed of the kill moments (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--scenario",
      defaultValue = "all",
      description = "import, fix, backup, eod or all (default: ${DEFAULT-VALUE}).")
  Which scenario;

  @Option(
      names = "--import-rows",
      defaultValue = "50000",
      description = "Rows of the imported trade file (default: ${DEFAULT-VALUE}).")
  int importRows;

  @Option(
      names = "--fix-reports",
      defaultValue = "5000",
      description = "Execution reports in the FIX burst (default: ${DEFAULT-VALUE}).")
  int fixReports;

  @Option(
      names = "--backup-trades",
      defaultValue = "50000",
      description =
          "Trades imported into the backed-up workspace, so that writing the backup takes a while"
              + " (default: ${DEFAULT-VALUE}).")
  int backupTrades;

  @Option(
      names = "--child-checks",
      description =
          "Run the checks after each kill (audit verify, re-import, restore) in child processes"
              + " too; by default they run in this JVM, through the same commands.")
  boolean childChecks;

  @Override
  public Integer call() throws Exception {
    if (trials < 1 || importRows < 1 || fixReports < 1) {
      throw new UserException("--trials, --import-rows and --fix-reports must be at least 1");
    }
    var out = bench.root.out;
    Path work = Files.createTempDirectory("tickmark-faults-");
    Harness harness = new Harness(work, childChecks);
    List<Scenario> scenarios = new ArrayList<>();
    if (scenario == Which.IMPORT || scenario == Which.ALL) {
      scenarios.add(new ImportScenario(harness, importRows));
    }
    if (scenario == Which.FIX || scenario == Which.ALL) {
      scenarios.add(new FixScenario(harness, fixReports));
    }
    if (scenario == Which.BACKUP || scenario == Which.ALL) {
      scenarios.add(new BackupScenario(harness, backupTrades));
    }
    if (scenario == Which.EOD || scenario == Which.ALL) {
      scenarios.add(new EodScenario(harness));
    }
    out.printf(
        Locale.ROOT,
        "Fault injection: seed %d, %d trials per scenario, %d CPU cores; checks after each kill"
            + " (%s): %s%n",
        seed,
        trials,
        Runtime.getRuntime().availableProcessors(),
        childChecks ? "child processes" : "this JVM",
        String.join(", ", harness.checkCommands()));
    FaultInjection suite = new FaultInjection(seed, trials, out);
    List<FaultInjection.Row> rows = new ArrayList<>();
    for (Scenario s : scenarios) {
      rows.add(suite.run(s, work));
    }
    out.println();
    out.print(FaultInjection.table(rows));
    List<String> partial = rows.stream().flatMap(r -> r.partialStates().stream()).toList();
    if (partial.isEmpty()) {
      FileTrees.deleteTree(work);
      out.println("No partial state found.");
      return TickmarkCommand.OK;
    }
    bench.root.err.printf(
        Locale.ROOT,
        "tickmark: %d partial state(s) found; the trials' workspaces are kept in %s:%n",
        partial.size(),
        work);
    partial.forEach(p -> bench.root.err.println("  " + p));
    return TickmarkCommand.USER_ERROR;
  }
}
