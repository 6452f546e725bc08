package com.tickmark.app.faults;

import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.time.BusinessDateService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * End of day killed part-way: afterwards the business date is the old one or the next one, and the
 * audit trail records a roll exactly when the date moved.
 */
public final class EodScenario implements Scenario {
  private final Harness harness;
  private Path base;
  private LocalDate before;
  private LocalDate next;
  private int rollsBefore;

  public EodScenario(Harness harness) {
    this.harness = harness;
  }

  @Override
  public String name() {
    return "eod";
  }

  @Override
  public String operation() {
    return "eod (end of day: roll the business date)";
  }

  private record State(LocalDate businessDate, int rolls) {}

  private static State state(Path dir) {
    return Harness.inspect(
        dir,
        s ->
            new State(
                s.businessDate().businessDate(),
                s.repositories()
                    .audit()
                    .search(
                        new AuditFilter(
                            null, BusinessDateService.ENTITY, null, null, null, null, 10_000))
                    .size()));
  }

  private static String[] eodArgs(Path ws) {
    return new String[] {"eod", "--workspace", ws.toString(), "--user", "accountant"};
  }

  @Override
  public double prepare(Path dir) {
    base = dir.resolve("base");
    harness.demo(base);
    State start = state(base);
    before = start.businessDate();
    rollsBefore = start.rolls();
    Path measure = dir.resolve("measure");
    Harness.copy(base, measure);
    ChildCli.Result r = harness.child().run(Duration.ofMinutes(10), eodArgs(measure));
    State end = state(measure);
    next = end.businessDate();
    if (r.exitCode() != 0 || !next.isAfter(before) || end.rolls() != rollsBefore + 1) {
      throw new IllegalStateException("The uninterrupted end of day failed: " + r.describe());
    }
    return r.seconds();
  }

  @Override
  public Trial trial(int number, Path dir, double delaySeconds) throws Exception {
    Path ws = dir.resolve("ws");
    Harness.copy(base, ws);
    ChildCli.Running run = harness.child().start(eodArgs(ws));
    Thread.sleep((long) (delaySeconds * 1000));
    boolean killed = run.kill();
    List<String> partial = new ArrayList<>();
    if (!killed && run.result().exitCode() != 0) {
      partial.add("end of day ended by itself with " + run.result().describe());
    }
    partial.addAll(harness.verify(ws));
    State after = state(ws);
    if (after.businessDate().equals(before)) {
      if (after.rolls() != rollsBefore) {
        partial.add("the business date is still " + before + " but a roll is in the audit trail");
      }
    } else if (after.businessDate().equals(next)) {
      if (after.rolls() != rollsBefore + 1) {
        partial.add(
            "the business date moved to "
                + next
                + " but the audit trail has "
                + (after.rolls() - rollsBefore)
                + " new roll records, not 1");
      }
    } else {
      partial.add(
          "the business date is " + after.businessDate() + ": neither " + before + " nor " + next);
    }
    return new Trial(killed, partial, "business date " + after.businessDate());
  }
}
