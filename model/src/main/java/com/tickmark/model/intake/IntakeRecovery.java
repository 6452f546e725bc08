package com.tickmark.model.intake;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Rolls back the imports a dead process left unfinished (see {@link IntakeRun}): for each run of a
 * kind still {@link IntakeRun.State#RUNNING}, one transaction deletes the rows it stored (its id
 * range, as far as its journal says it got), marks it {@link IntakeRun.State#RECOVERED} and appends
 * an audit record saying so. Run it when the workspace's services start, before any import of this
 * process can be running: a run still RUNNING then has no process left to finish it.
 */
public final class IntakeRecovery {
  /** The audit trail's entity for an import rolled back at start-up. */
  public static final String ENTITY = "IntakeRun";

  private final IntakeJournal journal;
  private final Transactions tx;
  private final AuditTrail audit;
  private final Clock clock;

  public IntakeRecovery(IntakeJournal journal, Transactions tx, AuditTrail audit, Clock clock) {
    this.journal = journal;
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  /** Rolls back every unfinished run of {@code target}'s kind; returns them. */
  public List<IntakeRun> recover(IntakeTarget<?> target) {
    List<IntakeRun> unfinished = journal.unfinished(target.kind());
    for (IntakeRun run : unfinished) {
      tx.run(
          () -> {
            if (run.lastId() != null && run.lastId() >= run.firstId()) {
              target.delete(run.firstId(), run.lastId());
            }
            journal.end(run.id(), IntakeRun.State.RECOVERED);
            audit.append(
                new AuditEvent(
                    run.startedBy(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS),
                    ENTITY,
                    Long.toString(run.id()),
                    AuditAction.STATUS_CHANGE,
                    json(run, run.state()),
                    json(run, IntakeRun.State.RECOVERED),
                    "unfinished import of "
                        + run.fileName()
                        + " rolled back: the process stopped part-way; nothing of it is kept"));
          });
    }
    return unfinished;
  }

  /** The audit record's before and after. */
  private record RunRecord(
      String kind,
      String file,
      String sha256,
      Instant startedAt,
      long firstId,
      Long lastId,
      IntakeRun.State state) {}

  private static String json(IntakeRun run, IntakeRun.State state) {
    return Json.write(
        new RunRecord(
            run.kind(),
            run.fileName(),
            run.sha256(),
            run.startedAt(),
            run.firstId(),
            run.lastId(),
            state));
  }
}
