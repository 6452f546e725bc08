package com.tickmark.app.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A backup killed part-way: afterwards the workspace verifies, and the backup file is either not
 * there or a complete backup that restores. Every other trial starts with an older backup at the
 * target, which a killed backup must leave usable (the old one or the new one, never half of one).
 */
public final class BackupScenario implements Scenario {
  private final Harness harness;
  private final int trades;
  private Path base;
  private Path previous;

  /**
   * @param trades trades imported into the workspace first, so that writing the backup takes a
   *     while
   */
  public BackupScenario(Harness harness, int trades) {
    this.harness = harness;
    this.trades = trades;
  }

  @Override
  public String name() {
    return "backup";
  }

  @Override
  public String operation() {
    return String.format(Locale.ROOT, "backup --to FILE of a workspace with %,d trades", trades);
  }

  private static String[] backupArgs(Path ws, Path zip) {
    return new String[] {
      "backup", "--to", zip.toString(), "--workspace", ws.toString(), "--user", "admin"
    };
  }

  @Override
  public double prepare(Path dir) {
    base = dir.resolve("base");
    harness.demo(base);
    if (trades > 0) {
      Harness.sampleTrades(base, dir.resolve("trades.csv"), trades, true);
    }
    Path measure = dir.resolve("measure");
    Harness.copy(base, measure);
    previous = dir.resolve("previous.zip");
    ChildCli.Result r = harness.child().run(Duration.ofMinutes(10), backupArgs(measure, previous));
    if (r.exitCode() != 0 || !Files.isRegularFile(previous)) {
      throw new IllegalStateException("The uninterrupted backup failed: " + r.describe());
    }
    return r.seconds();
  }

  @Override
  public Trial trial(int number, Path dir, double delaySeconds) throws Exception {
    Path ws = dir.resolve("ws");
    Harness.copy(base, ws);
    Path folder = Files.createDirectories(dir.resolve("backups"));
    Path zip = folder.resolve("backup.zip");
    boolean hadOld = number % 2 == 0;
    if (hadOld) {
      Files.copy(previous, zip);
    }
    ChildCli.Running run = harness.child().start(backupArgs(ws, zip));
    Thread.sleep((long) (delaySeconds * 1000));
    boolean killed = run.kill();
    List<String> partial = new ArrayList<>();
    if (!killed && run.result().exitCode() != 0) {
      partial.add("the backup ended by itself with " + run.result().describe());
    }
    partial.addAll(harness.verify(ws));
    String notes;
    if (Files.exists(zip)) {
      boolean unchanged = hadOld && Files.mismatch(zip, previous) == -1;
      ChildCli.Result restore =
          harness
              .cli()
              .run(
                  "restore",
                  "--from",
                  zip.toString(),
                  "--workspace",
                  dir.resolve("restored").toString(),
                  "--user",
                  "admin");
      if (restore.exitCode() != 0) {
        partial.add(
            "the file at the backup's name ("
                + Files.size(zip)
                + " bytes) does not restore: "
                + restore.describe());
      }
      notes =
          (unchanged ? "the older backup is there" : "a new backup is there")
              + (restore.exitCode() == 0 ? ", restores" : ", DOES NOT RESTORE");
    } else {
      notes = "no backup file";
      if (hadOld) {
        partial.add("the older backup at " + zip + " is gone");
      }
    }
    List<String> others;
    try (Stream<Path> files = Files.list(folder)) {
      others = files.filter(f -> !f.equals(zip)).map(f -> f.getFileName().toString()).toList();
    }
    if (!others.isEmpty()) {
      notes += "; temporary files left beside it: " + String.join(", ", others);
    }
    return new Trial(killed, partial, notes);
  }
}
