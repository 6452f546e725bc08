package com.tickmark.app.faults;

import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.intake.IntakeRecovery;
import com.tickmark.model.intake.IntakeRun;
import com.tickmark.model.trade.imports.ImportRecord;
import com.tickmark.model.trade.imports.TradeImportService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trade file import killed part-way: afterwards the workspace holds none or all of the file's
 * trades, no import is left unfinished, and the file can be imported again exactly when it was not
 * imported (else it is refused as already imported).
 */
public final class ImportScenario implements Scenario {
  private final Harness harness;
  private final int rows;
  private Path base;
  private Path file;
  private int tradesBefore;

  public ImportScenario(Harness harness, int rows) {
    this.harness = harness;
    this.rows = rows;
  }

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String operation() {
    return String.format(Locale.ROOT, "import trades of a %,d-row file", rows);
  }

  /** What the workspace holds after a trial. */
  private record State(
      int trades, List<IntakeRun> unfinished, List<ImportRecord> imports, int rolledBack) {}

  private static State state(Path dir) {
    return Harness.inspect(
        dir,
        s -> {
          var r = s.area(TradeServices.class).repositories();
          return new State(
              r.trades().count(),
              r.imports().journal().unfinished(TradeImportService.ENTITY),
              r.imports().imports(),
              s.repositories()
                  .audit()
                  .search(
                      new AuditFilter(null, IntakeRecovery.ENTITY, null, null, null, null, 1000))
                  .size());
        });
  }

  @Override
  public double prepare(Path dir) throws IOException {
    base = dir.resolve("base");
    harness.demo(base);
    file = dir.resolve("trades.csv");
    tradesBefore = Harness.sampleTrades(base, file, rows, false);
    Path measure = dir.resolve("measure");
    Harness.copy(base, measure);
    ChildCli.Result r = harness.child().run(Duration.ofMinutes(10), importArgs(measure));
    int after = state(measure).trades();
    if (r.exitCode() != 0 || after != tradesBefore + rows) {
      throw new IllegalStateException(
          "The uninterrupted import did not store the file ("
              + after
              + " trades, expected "
              + (tradesBefore + rows)
              + "): "
              + r.describe());
    }
    return r.seconds();
  }

  private String[] importArgs(Path ws) {
    return new String[] {
      "import", "trades", file.toString(), "--workspace", ws.toString(), "--user", "clerk"
    };
  }

  @Override
  public Trial trial(int number, Path dir, double delaySeconds) throws Exception {
    Path ws = dir.resolve("ws");
    Harness.copy(base, ws);
    ChildCli.Running run = harness.child().start(importArgs(ws));
    Thread.sleep((long) (delaySeconds * 1000));
    boolean killed = run.kill();
    List<String> partial = new ArrayList<>();
    if (!killed && run.result().exitCode() != 0) {
      partial.add("the import ended by itself with " + run.result().describe());
    }
    partial.addAll(harness.verify(ws));
    State after = state(ws);
    boolean none = after.trades() == tradesBefore;
    boolean all = after.trades() == tradesBefore + rows;
    if (!none && !all) {
      partial.add(
          String.format(
              Locale.ROOT,
              "%,d trades stored: neither the %,d before the import nor the %,d after it",
              after.trades(),
              tradesBefore,
              tradesBefore + rows));
    }
    if (!after.unfinished().isEmpty()) {
      partial.add(
          "an import is still RUNNING after the workspace was opened: " + after.unfinished());
    }
    if (none && !after.imports().isEmpty()) {
      partial.add("no trades of the file, but an import record: " + after.imports());
    }
    if (all && after.imports().size() != 1) {
      partial.add("every trade of the file, but " + after.imports().size() + " import records");
    }
    String notes = all ? "all of the file" : none ? "none of the file" : "PART of the file";
    if (after.rolledBack() > 0) {
      notes += " (an unfinished import rolled back on opening)";
    }
    // The file again: taken when it was rolled back, refused as already imported when it was not.
    if (none || all) {
      ChildCli.Result again = harness.cli().run(importArgs(ws));
      int trades = state(ws).trades();
      if (none && (again.exitCode() != 0 || trades != tradesBefore + rows)) {
        partial.add(
            "re-importing the rolled-back file did not store it ("
                + trades
                + " trades): "
                + again.describe());
      }
      if (all && (again.exitCode() != 1 || !again.err().contains("already imported"))) {
        partial.add(
            "re-importing the imported file was not refused as already imported: "
                + again.describe());
      }
      notes += all ? "; re-import refused" : "; re-imported";
    }
    return new Trial(killed, partial, notes);
  }
}
