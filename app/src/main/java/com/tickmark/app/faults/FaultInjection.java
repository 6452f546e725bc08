package com.tickmark.app.faults;

import com.tickmark.app.FileTrees;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The fault-injection suite: for each scenario, runs the operation once to time it, then in each
 * trial runs it on a fresh copy of the workspace as a child process, kills it ({@code kill -9})
 * after a delay drawn uniformly from [0, that time] by a seeded generator, and checks what is left.
 * The same seed gives the same delays.
 */
public final class FaultInjection {
  /** How one scenario went. */
  public record Row(
      String scenario,
      String operation,
      double seconds,
      int trials,
      int kills,
      int completed,
      List<String> partialStates) {}

  private final long seed;
  private final int trials;
  private final PrintStream out;

  /**
   * @param out where a line per trial and the table go
   */
  public FaultInjection(long seed, int trials, PrintStream out) {
    if (trials < 1) {
      throw new IllegalArgumentException("At least one trial");
    }
    this.seed = seed;
    this.trials = trials;
    this.out = out;
  }

  /**
   * Runs {@code scenario}'s trials under {@code work}. A trial's folder is removed when it found
   * nothing wrong and kept (and named) when it did.
   */
  public Row run(Scenario scenario, Path work) throws Exception {
    Path dir = Files.createDirectories(work.resolve(scenario.name()));
    out.printf(Locale.ROOT, "%s: %s%n", scenario.name(), scenario.operation());
    double seconds = scenario.prepare(dir);
    out.printf(
        Locale.ROOT, "  uninterrupted: %.2f s; kills spread over [0, %.2f s]%n", seconds, seconds);
    Random random = new Random(seed * 1_000_003L + scenario.name().hashCode());
    int kills = 0;
    int completed = 0;
    List<String> partial = new ArrayList<>();
    for (int n = 1; n <= trials; n++) {
      double delay = random.nextDouble() * seconds;
      Path trialDir = dir.resolve("trial-" + n);
      Scenario.Trial t;
      try {
        t = scenario.trial(n, trialDir, delay);
      } catch (Exception | AssertionError e) {
        t = new Scenario.Trial(false, List.of("the trial could not run: " + e), "");
      }
      if (t.killed()) {
        kills++;
      } else {
        completed++;
      }
      out.printf(
          Locale.ROOT,
          "  #%-3d kill at %5.2f s: %-9s %s%s%n",
          n,
          delay,
          t.killed() ? "killed," : "finished,",
          t.notes(),
          t.partialStates().isEmpty() ? "; ok" : "");
      for (String p : t.partialStates()) {
        out.println("       PARTIAL STATE: " + p);
        partial.add(scenario.name() + " #" + n + ": " + p);
      }
      if (t.partialStates().isEmpty()) {
        FileTrees.deleteTree(trialDir);
      } else {
        out.println("       kept for inspection: " + trialDir);
      }
    }
    return new Row(
        scenario.name(), scenario.operation(), seconds, trials, kills, completed, partial);
  }

  /** The results as a Markdown table. */
  public static String table(List<Row> rows) {
    StringBuilder b =
        new StringBuilder(
            "| scenario | operation killed | uninterrupted | trials | kills | finished before the"
                + " kill | partial states found |\n|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.1f s | %d | %d | %d | %d |%n",
              r.scenario(),
              r.operation(),
              r.seconds(),
              r.trials(),
              r.kills(),
              r.completed(),
              r.partialStates().size()));
    }
    return b.toString();
  }
}
