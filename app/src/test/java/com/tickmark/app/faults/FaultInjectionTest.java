package com.tickmark.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault-injection suite's fixed CI set: the real command line as a child process (started from
 * the test class path), killed ({@code kill -9}) at seeded moments of a trade import, a FIX burst,
 * a backup and end of day, two trials each; after every kill the workspace must open, verify and
 * hold nothing half done. {@code ./tickmark bench faults} runs the same with more trials and larger
 * sizes. Nothing here depends on how fast the machine is: where the kill lands moves with it, and
 * every place must be safe.
 */
class FaultInjectionTest {
  private static final long SEED = 1;
  private static final int TRIALS = 2;

  @TempDir Path tmp;

  @Test
  void killedOperationsLeaveNoPartialState() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
    Harness harness = new Harness(tmp, false);
    FaultInjection suite = new FaultInjection(SEED, TRIALS, out);
    List<FaultInjection.Row> rows = new ArrayList<>();
    for (Scenario s :
        List.of(
            new ImportScenario(harness, 5_000),
            new FixScenario(harness, 500),
            new BackupScenario(harness, 0),
            new EodScenario(harness))) {
      rows.add(suite.run(s, tmp));
    }
    String report = log.toString(StandardCharsets.UTF_8) + FaultInjection.table(rows);
    System.out.println(report);
    assertThat(rows).as(report).allSatisfy(r -> assertThat(r.trials()).isEqualTo(TRIALS));
    assertThat(rows.stream().flatMap(r -> r.partialStates().stream())).as(report).isEmpty();
  }
}
