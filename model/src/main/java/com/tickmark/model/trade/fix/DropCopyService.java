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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Books FIX drop-copy execution reports as trades, a batch at a time in one transaction: new
 * executions become trades, corrections and busts new versions of the trade they name, repeats of
 * an ExecID are ignored (and counted), and what cannot become a trade waits in the repair queue.
 * Every report is kept with what became of it; every trade created or changed is audited with the
 * reason "FIX drop copy ExecID".
 */
public final class DropCopyService {
  public static final String NEW_EXECUTION = "F";
  public static final String CORRECTION = "G";
  public static final String BUST = "H";
  private static final int RECOVERY_CHUNK = 5_000;
  /** How long a batch may use the reference data the previous batch read (a repaired instrument shows within it). */
  private static final java.time.Duration REFERENCE_DATA_AGE = java.time.Duration.ofSeconds(1);

  private final TradeStore trades;
  private final DropCopyStore store;
  private final ReferenceDataStore referenceData;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final Map<String, String> brokerCodeByCompId;
  private DropCopyTranslator translator;
  private Instant translatorRead = Instant.MIN;

  public DropCopyService(TradeStore trades, DropCopyStore store, ReferenceDataStore referenceData, AuditTrail audit,
      Transactions tx, Clock clock, Map<String, String> brokerCodeByCompId) {
    this.trades = trades;
    this.store = store;
    this.referenceData = referenceData;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.brokerCodeByCompId = Map.copyOf(brokerCodeByCompId);
  }

  /** Books the reports, in order, all or nothing; returns what became of each, in the same order. */
  public List<ReceivedReport> process(Actor actor, List<ExecutionReport> reports) {
    actor.require(Permission.CAPTURE_TRADES);
    if (reports.isEmpty()) {
      return List.of();
    }
    return tx.inTransaction(() -> new Batch(actor, reports).run());
  }

  /**
   * Books the reports among these whose ExecID was never received: after a crash, the FIX message
   * log holds reports the engine took but the database never saw.
   */
  public List<ReceivedReport> recover(Actor actor, List<ExecutionReport> fromLog) {
    actor.require(Permission.CAPTURE_TRADES);
    List<ReceivedReport> booked = new ArrayList<>();
    for (int from = 0; from < fromLog.size(); from += RECOVERY_CHUNK) {
      List<ExecutionReport> chunk = fromLog.subList(from, Math.min(fromLog.size(), from + RECOVERY_CHUNK));
      Set<String> known = store.knownExecIds(chunk.stream().map(ExecutionReport::execId).toList());
      booked.addAll(process(actor, chunk.stream().filter(r -> !r.execId().isEmpty() && !known.contains(r.execId())).toList()));
    }
    return booked;
  }

  /** Keeps a report that could not be booked in the repair queue, with the reason. */
  public ReceivedReport quarantine(Actor actor, ExecutionReport report, String reason) {
    actor.require(Permission.CAPTURE_TRADES);
    ReceivedReport r = new ReceivedReport(report, ReportOutcome.REPAIR, null, 0, reason);
    tx.run(() -> store.record(List.of(r)));
    return r;
  }

  /** The repair queue, oldest first. */
  public List<RepairItem> repairQueue(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.repairQueue();
  }

  /** How many reports were received, by outcome. */
  public Map<ReportOutcome, Integer> counts(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.countByOutcome();
  }

  /** The translator over recent reference data: read again when older than {@link #REFERENCE_DATA_AGE}. */
  private synchronized DropCopyTranslator translator() {
    Instant now = clock.instant();
    if (translator == null || !now.isBefore(translatorRead.plus(REFERENCE_DATA_AGE)) || now.isBefore(translatorRead)) {
      translator = DropCopyTranslator.of(referenceData, brokerCodeByCompId);
      translatorRead = now;
    }
    return translator;
  }

  private final class Batch {
    private final Actor actor;
    private final List<ExecutionReport> reports;
    private final DropCopyTranslator translator = translator();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, TradeId> tradeByExecId = new HashMap<>();
    private final List<ReceivedReport> results = new ArrayList<>();

    Batch(Actor actor, List<ExecutionReport> reports) {
      this.actor = actor;
      this.reports = reports;
    }

    /** New trades not yet written: written together, before anything reads trades again. */
    private final List<Trade> pendingTrades = new ArrayList<>();
    private final List<AuditEvent> pendingAudit = new ArrayList<>();
    private final Instant now = clock.instant();
    private long nextId;

    List<ReceivedReport> run() {
      seen.addAll(store.knownExecIds(reports.stream().map(ExecutionReport::execId).filter(s -> !s.isEmpty()).toList()));
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
        return new ReceivedReport(r, ReportOutcome.REPAIR, null, 0, "No ExecID (17): cannot tell a repeat from a new execution");
      }
      if (!seen.add(execId)) {
        return new ReceivedReport(r, ReportOutcome.DUPLICATE, null, 0, "ExecID " + execId + " was received before"
            + (r.possibleRepeat() ? " (marked as a possible repeat)" : ""));
      }
      return switch (r.execType()) {
        case NEW_EXECUTION -> create(r);
        case CORRECTION -> change(r, ReportOutcome.CORRECTED);
        case BUST -> change(r, ReportOutcome.BUSTED);
        default -> new ReceivedReport(r, ReportOutcome.IGNORED, null, 0, "ExecType (150) '" + r.execType() + "' is not a trade event");
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
      pendingAudit.add(new AuditEvent(actor.username(), now, TradeService.ENTITY, id.display(), AuditAction.CREATE, "", TradeJson.of(trade),
          reason(r.execId())));
      tradeByExecId.put(r.execId(), id);
      return new ReceivedReport(r, ReportOutcome.CREATED, id, 1, "New trade " + id.display());
    }

    private ReceivedReport change(ExecutionReport r, ReportOutcome outcome) {
      String kind = outcome == ReportOutcome.BUSTED ? "Bust" : "Correction";
      String ref = r.execRefId();
      if (ref.isEmpty()) {
        return new ReceivedReport(r, ReportOutcome.REPAIR, null, 0, kind + " " + r.execId() + " has no ExecRefID (19)");
      }
      if (!pendingTrades.isEmpty() || !pendingAudit.isEmpty()) {
        flush();
      }
      Optional<TradeId> id = Optional.ofNullable(tradeByExecId.get(ref)).or(() -> store.tradeFor(ref));
      Optional<Trade> found = id.flatMap(trades::find);
      if (found.isEmpty()) {
        return new ReceivedReport(r, ReportOutcome.REPAIR, null, 0, kind + " " + r.execId() + " names execution " + ref
            + ", which is not a trade here");
      }
      Trade current = found.get();
      if (current.status() != TradeStatus.NEW) {
        return new ReceivedReport(r, ReportOutcome.REPAIR, current.id(), 0, kind + " " + r.execId() + " arrived for " + current.id().display()
            + ", which is " + current.status() + (current.status() == TradeStatus.CANCELLED ? ""
                : ": once confirmed, a change needs a second person (tickmark trade amend/cancel)"));
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
      pendingAudit.add(new AuditEvent(actor.username(), now, TradeService.ENTITY, next.id().display(), action, TradeJson.of(current),
          TradeJson.of(next), reason));
      tradeByExecId.put(r.execId(), next.id());
      return new ReceivedReport(r, outcome, next.id(), next.version(), (outcome == ReportOutcome.BUSTED ? "Cancelled " : "Corrected ")
          + next.id().display() + " (version " + next.version() + ")");
    }

    private String reason(String execId) {
      return "FIX drop copy " + execId;
    }
  }
}
