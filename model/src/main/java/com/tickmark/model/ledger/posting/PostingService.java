package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.LedgerService;
import com.tickmark.model.ledger.LedgerStore;
import com.tickmark.model.ledger.lot.LotPosition;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.time.EndOfDayStep;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Posts the trade lifecycle to the ledger through a date: reads what happened (trades, settlements,
 * closes, penalties, write-offs), applies the posting rules against the journal as it stands, and
 * stores the new entries in one transaction. Running it again books nothing twice.
 */
public final class PostingService {
  /** Where a run reads what happened, as {@code actor} may read it. */
  @FunctionalInterface
  public interface Source {
    PostingInputs read(Actor actor, LocalDate through);
  }

  /**
   * What a run did.
   *
   * @param entries the entries it stored
   * @param lots the open lots and realized P&amp;L per book and instrument through the date
   * @param warnings what it could not post (a holding without a close), in sentences
   * @param seconds how long it read, applied the rules and stored, for the benchmark
   */
  public record Result(
      LocalDate through,
      List<JournalEntry> entries,
      List<LotPosition> lots,
      List<String> warnings,
      Seconds seconds) {}

  /** Where a run's time went. */
  public record Seconds(double read, double rules, double store) {}

  private final LedgerService ledger;
  private final LedgerStore store;
  private final Source source;

  public PostingService(LedgerService ledger, LedgerStore store, Source source) {
    this.ledger = ledger;
    this.store = store;
    this.source = source;
  }

  /** Posts everything that happened up to and with {@code through} and is not posted yet. */
  public Result post(Actor actor, LocalDate through) {
    actor.require(Permission.ROLL_BUSINESS_DATE);
    long start = System.nanoTime();
    PostingInputs inputs = source.read(actor, through);
    long read = System.nanoTime();
    StoredJournal journal = new StoredJournal(store);
    PostingRun run = LedgerPosting.post(through, inputs, journal);
    long rules = System.nanoTime();
    List<JournalEntry> stored = ledger.postLifecycle(actor, run.entries(), keys -> journal::posted);
    long end = System.nanoTime();
    return new Result(
        through,
        stored,
        run.lots(),
        run.warnings(),
        new Seconds((read - start) / 1e9, (rules - read) / 1e9, (end - rules) / 1e9));
  }

  /**
   * The open lots and realized P&amp;L per book and instrument through {@code through}, as the
   * rules compute them (nothing is stored).
   */
  public List<LotPosition> lots(Actor actor, LocalDate through) {
    actor.require(Permission.VIEW_DATA);
    return LedgerPosting.post(through, source.read(actor, through), new StoredJournal(store))
        .lots();
  }

  /** The end of day's step: post the business date's events. */
  public EndOfDayStep endOfDayStep(Supplier<LocalDate> businessDate) {
    return EndOfDayStep.of(
        "Post the day's events to the ledger",
        (actor, reason) -> {
          Result r = post(actor, businessDate.get());
          return "Posted "
              + r.entries().size()
              + (r.entries().size() == 1 ? " entry" : " entries")
              + " to the ledger through "
              + r.through()
              + (r.warnings().isEmpty() ? "." : "; " + String.join(" ", r.warnings()));
        });
  }
}
