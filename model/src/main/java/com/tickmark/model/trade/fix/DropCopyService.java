package com.tickmark.model.trade.fix;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeJson;
import com.tickmark.model.trade.TradeLifecycle;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeStore;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books FIX drop-copy execution reports as trades, a batch at a time in one transaction: new
 * executions become trades, corrections and busts new versions of the trade they name, repeats of
 * an ExecID are ignored (and counted), and what cannot become a trade waits in the repair queue.
 * Every report is kept with what became of it; every trade created or changed is audited with the
 * reason "FIX drop copy ExecID".
 */
public final class DropCopyService {
  private static final Logger LOG = LoggerFactory.getLogger(DropCopyService.class);

  public static final String NEW_EXECUTION = "F";
  public static final String CORRECTION = "G";
  public static final String BUST = "H";
  private static final int RECOVERY_CHUNK = 5_000;

  /** The audit trail's entity for repair-queue items. */
  public static final String REPAIR_ENTITY = "FixRepairItem";

  /**
   * How long a batch may use the reference data the previous batch read (a repaired instrument
   * shows within it).
   */
  private static final Duration REFERENCE_DATA_AGE = Duration.ofSeconds(1);

  private final TradeStore trades;
  private final DropCopyStore store;
  private final ReferenceDataStore referenceData;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final Map<String, String> brokerCodeByCompId;

  /**
   * Sends changes to confirmed trades for four-eyes approval; null where there is no approval
   * workflow.
   */
  private final TradeService fourEyes;

  private final DropCopyRepairs repairs;
  private DropCopyTranslator translator;
  private Instant translatorRead = Instant.MIN;

  public DropCopyService(
      TradeStore trades,
      DropCopyStore store,
      ReferenceDataStore referenceData,
      AuditTrail audit,
      Transactions tx,
      Clock clock,
      Map<String, String> brokerCodeByCompId) {
    this(trades, store, referenceData, audit, tx, clock, brokerCodeByCompId, null);
  }

  /**
   * As the other constructor; {@code fourEyes} turns a retried correction or bust of a confirmed
   * trade into an amendment or cancellation request a second person approves.
   */
  public DropCopyService(
      TradeStore trades,
      DropCopyStore store,
      ReferenceDataStore referenceData,
      AuditTrail audit,
      Transactions tx,
      Clock clock,
      Map<String, String> brokerCodeByCompId,
      TradeService fourEyes) {
    this.fourEyes = fourEyes;
    this.trades = trades;
    this.store = store;
    this.referenceData = referenceData;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.brokerCodeByCompId = Map.copyOf(brokerCodeByCompId);
    this.repairs = new DropCopyRepairs(this, trades, store, audit, tx, clock, fourEyes);
  }

  /**
   * Books the reports, in order, all or nothing; returns what became of each, in the same order.
   */
  public List<ReceivedReport> process(Actor actor, List<ExecutionReport> reports) {
    requireMayBook(actor);
    if (reports.isEmpty()) {
      return List.of();
    }
    return tx.inTransaction(() -> new Batch(actor, reports).run());
  }

  /**
   * Books the reports among these whose ExecID was never received: after a crash, the FIX message
   * log holds reports the engine took but the database never saw. Exactly what live processing
   * would have done with each: a report that cannot be stored goes to the repair queue with the
   * reason (see {@link #processOrRepair}), so no report in the log can stop the acceptor from
   * starting.
   */
  public List<ReceivedReport> recover(Actor actor, List<ExecutionReport> fromLog) {
    return recoverAll(actor, fromLog).booked();
  }

  /**
   * What {@link #recover} did: the reports booked (whatever became of them), and how many the
   * database would not even queue for repair (they are still not stored).
   */
  public record Recovery(List<ReceivedReport> booked, int notStored) {}

  /** As {@link #recover}, also counting the reports that could not be stored at all. */
  public Recovery recoverAll(Actor actor, List<ExecutionReport> fromLog) {
    requireMayBook(actor);
    List<ReceivedReport> booked = new ArrayList<>();
    int notStored = 0;
    for (int from = 0; from < fromLog.size(); from += RECOVERY_CHUNK) {
      List<ExecutionReport> chunk =
          fromLog.subList(from, Math.min(fromLog.size(), from + RECOVERY_CHUNK));
      Set<String> known = store.knownExecIds(chunk.stream().map(ExecutionReport::execId).toList());
      List<ExecutionReport> unknown =
          chunk.stream().filter(r -> !r.execId().isEmpty() && !known.contains(r.execId())).toList();
      List<ReceivedReport> done = processOrRepair(actor, unknown);
      notStored += unknown.size() - done.size();
      booked.addAll(done);
    }
    return new Recovery(booked, notStored);
  }

  /**
   * Books the reports as {@link #process} does, all in one transaction; when that fails (the
   * database refuses one of them), books them one by one, and sends a report that still cannot be
   * booked to the repair queue with the database's reason. A report the database will not even
   * queue is left out of the result: it stays in the FIX message log, and {@link #recover} meets it
   * again at the next start.
   */
  public List<ReceivedReport> processOrRepair(Actor actor, List<ExecutionReport> reports) {
    try {
      return process(actor, reports);
    } catch (RuntimeException e) {
      LOG.warn(
          "A batch of {} execution reports failed ({}); booking them one by one",
          reports.size(),
          e.toString());
    }
    List<ReceivedReport> results = new ArrayList<>();
    for (ExecutionReport r : reports) {
      try {
        results.addAll(process(actor, List.of(r)));
      } catch (RuntimeException e) {
        LOG.error("Execution report {} could not be booked", r.execId(), e);
        try {
          results.add(quarantine(actor, r, "Could not be booked: " + e.getMessage()));
        } catch (RuntimeException again) {
          LOG.error("Execution report {} could not even be queued for repair", r.execId(), again);
        }
      }
    }
    return results;
  }

  /** Keeps a report that could not be booked in the repair queue, with the reason. */
  public ReceivedReport quarantine(Actor actor, ExecutionReport report, String reason) {
    requireMayBook(actor);
    ReceivedReport r = new ReceivedReport(report, ReportOutcome.REPAIR, null, 0, reason);
    tx.run(() -> store.record(List.of(r)));
    return r;
  }

  /** The repair queue, oldest first. */
  public List<RepairItem> repairQueue(Actor actor) {
    return repairs.queue(actor);
  }

  /** The repair items still waiting for a person, oldest first. */
  public List<RepairItem> openRepairs(Actor actor) {
    return repairs.open(actor);
  }

  /**
   * Books a waiting report again, after its reference data was put right; see {@link
   * DropCopyRepairs#retry}.
   */
  public ReceivedReport retryRepair(Actor actor, long itemId, String reason) {
    return repairs.retry(actor, itemId, reason);
  }

  /** Closes a waiting report without booking it, audited with the reason. */
  public RepairItem dismissRepair(Actor actor, long itemId, String reason) {
    return repairs.dismiss(actor, itemId, reason);
  }

  /** Books one report from the repair queue against reference data as it is now. */
  ReceivedReport rebook(Actor actor, ExecutionReport report) {
    return new Batch(actor, List.of(report), freshTranslator()).rebook(report);
  }

  /** For a correction from the repair queue: what it makes of {@code current}. */
  Translation correction(Trade current, ExecutionReport report) {
    return freshTranslator().correction(current, report);
  }

  /**
   * Booking the feed is capturing trades; whoever runs the connection (MANAGE_CONNECTIONS) books in
   * their name.
   */
  public static void requireMayBook(Actor actor) {
    if (!actor.may(Permission.MANAGE_CONNECTIONS)) {
      actor.require(Permission.CAPTURE_TRADES);
    }
  }

  /** How many reports were received, by outcome. */
  public Map<ReportOutcome, Integer> counts(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.countByOutcome();
  }

  /** A translator over the reference data as it is now (a repair follows a fix at once). */
  private synchronized DropCopyTranslator freshTranslator() {
    translator = DropCopyTranslator.of(referenceData, brokerCodeByCompId);
    translatorRead = clock.instant();
    return translator;
  }

  /**
   * The translator over recent reference data: read again when older than {@link
   * #REFERENCE_DATA_AGE}.
   */
  private synchronized DropCopyTranslator translator() {
    Instant now = clock.instant();
    if (translator == null
        || !now.isBefore(translatorRead.plus(REFERENCE_DATA_AGE))
        || now.isBefore(translatorRead)) {
      translator = DropCopyTranslator.of(referenceData, brokerCodeByCompId);
      translatorRead = now;
    }
    return translator;
  }

  private final class Batch {
    private final Actor actor;
    private final List<ExecutionReport> reports;
    private final DropCopyTranslator translator;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, TradeId> tradeByExecId = new HashMap<>();
    private final List<ReceivedReport> results = new ArrayList<>();

    Batch(Actor actor, List<ExecutionReport> reports) {
      this(actor, reports, translator());
    }

    Batch(Actor actor, List<ExecutionReport> reports, DropCopyTranslator translator) {
      this.actor = actor;
      this.reports = reports;
      this.translator = translator;
    }

    /**
     * Books one report from the repair queue: its ExecID was received (as a repair), so it is not a
     * repeat.
     */
    ReceivedReport rebook(ExecutionReport r) {
      ReceivedReport result = book(r);
      flush();
      return result;
    }

    /** New trades not yet written: written together, before anything reads trades again. */
    private final List<Trade> pendingTrades = new ArrayList<>();

    private final List<AuditEvent> pendingAudit = new ArrayList<>();
    private final Instant now = clock.instant();
    private long nextId;

    List<ReceivedReport> run() {
      seen.addAll(
          store.knownExecIds(
              reports.stream().map(ExecutionReport::execId).filter(s -> !s.isEmpty()).toList()));
      for (ExecutionReport r : reports) {
        results.add(book(r));
      }
      flush();
      store.record(results);
      return results;
    }

    private void flush() {
      trades.insertAll(pendingTrades, actor.username(), now, t -> reason(t.execId()));
      pendingTrades.clear();
      audit.appendAll(pendingAudit);
      pendingAudit.clear();
      nextId = 0;
    }

    private ReceivedReport book(ExecutionReport r) {
      String execId = r.execId();
      if (execId.isEmpty()) {
        return new ReceivedReport(
            r,
            ReportOutcome.REPAIR,
            null,
            0,
            "No ExecID (17): cannot tell a repeat from a new execution");
      }
      if (!seen.add(execId)) {
        return new ReceivedReport(
            r,
            ReportOutcome.DUPLICATE,
            null,
            0,
            "ExecID "
                + execId
                + " was received before"
                + (r.possibleRepeat() ? " (marked as a possible repeat)" : ""));
      }
      return switch (r.execType()) {
        case NEW_EXECUTION -> create(r);
        case CORRECTION -> change(r, ReportOutcome.CORRECTED);
        case BUST -> change(r, ReportOutcome.BUSTED);
        default ->
            new ReceivedReport(
                r,
                ReportOutcome.IGNORED,
                null,
                0,
                "ExecType (150) '" + r.execType() + "' is not a trade event");
      };
    }

    private ReceivedReport create(ExecutionReport r) {
      if (nextId == 0) {
        nextId = trades.nextId().value();
      }
      TradeId id = new TradeId(nextId);
      Translation t = translator.newTrade(r, id);
      if (t instanceof Translation.Refused refused) {
        return new ReceivedReport(r, ReportOutcome.REPAIR, null, 0, refused.reason());
      }
      nextId++;
      Trade trade = ((Translation.Accepted) t).trade();
      pendingTrades.add(trade);
      pendingAudit.add(
          new AuditEvent(
              actor.username(),
              now,
              TradeService.ENTITY,
              id.display(),
              AuditAction.CREATE,
              "",
              TradeJson.of(trade),
              reason(r.execId())));
      tradeByExecId.put(r.execId(), id);
      return new ReceivedReport(r, ReportOutcome.CREATED, id, 1, "New trade " + id.display());
    }

    private ReceivedReport change(ExecutionReport r, ReportOutcome outcome) {
      String kind = outcome == ReportOutcome.BUSTED ? "Bust" : "Correction";
      String ref = r.execRefId();
      if (ref.isEmpty()) {
        return new ReceivedReport(
            r, ReportOutcome.REPAIR, null, 0, kind + " " + r.execId() + " has no ExecRefID (19)");
      }
      if (!pendingTrades.isEmpty() || !pendingAudit.isEmpty()) {
        flush();
      }
      Optional<TradeId> id =
          Optional.ofNullable(tradeByExecId.get(ref)).or(() -> store.tradeFor(ref));
      Optional<Trade> found = id.flatMap(trades::find);
      if (found.isEmpty()) {
        return new ReceivedReport(
            r,
            ReportOutcome.REPAIR,
            null,
            0,
            kind + " " + r.execId() + " names execution " + ref + ", which is not a trade here");
      }
      Trade current = found.get();
      if (current.status() != TradeStatus.NEW) {
        return new ReceivedReport(
            r,
            ReportOutcome.REPAIR,
            current.id(),
            0,
            kind
                + " "
                + r.execId()
                + " arrived for "
                + current.id().display()
                + ", which is "
                + current.status()
                + (current.status() == TradeStatus.CANCELLED
                    ? ""
                    : ": once confirmed, a change needs a second person; Retry asks for one"));
      }
      Trade next;
      AuditAction action;
      if (outcome == ReportOutcome.BUSTED) {
        TradeLifecycle.require(current, TradeStatus.CANCELLED);
        next = current.nextVersionWithStatus(TradeStatus.CANCELLED);
        action = AuditAction.CANCEL;
      } else {
        Translation t = translator.correction(current, r);
        if (t instanceof Translation.Refused refused) {
          return new ReceivedReport(r, ReportOutcome.REPAIR, current.id(), 0, refused.reason());
        }
        next = ((Translation.Accepted) t).trade();
        action = AuditAction.AMEND;
      }
      String reason = reason(r.execId());
      trades.supersede(next, actor.username(), now, reason);
      pendingAudit.add(
          new AuditEvent(
              actor.username(),
              now,
              TradeService.ENTITY,
              next.id().display(),
              action,
              TradeJson.of(current),
              TradeJson.of(next),
              reason));
      tradeByExecId.put(r.execId(), next.id());
      return new ReceivedReport(
          r,
          outcome,
          next.id(),
          next.version(),
          (outcome == ReportOutcome.BUSTED ? "Cancelled " : "Corrected ")
              + next.id().display()
              + " (version "
              + next.version()
              + ")");
    }

    private String reason(String execId) {
      return "FIX drop copy " + execId;
    }
  }
}
