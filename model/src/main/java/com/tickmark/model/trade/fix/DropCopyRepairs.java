package com.tickmark.model.trade.fix;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeAmendment;
import com.tickmark.model.trade.TradeLifecycle;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeStore;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The drop copy's repair queue: the reports that could not become trades wait here until a person
 * retries them (after putting the reference data right) or dismisses them, each with a reason the
 * audit trail keeps. A retried correction or bust of a confirmed trade becomes a four-eyes request.
 */
final class DropCopyRepairs {
  private final DropCopyService booking;
  private final TradeStore trades;
  private final DropCopyStore store;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;

  /** Null where there is no approval workflow. */
  private final TradeService fourEyes;

  DropCopyRepairs(
      DropCopyService booking,
      TradeStore trades,
      DropCopyStore store,
      AuditTrail audit,
      Transactions tx,
      Clock clock,
      TradeService fourEyes) {
    this.booking = booking;
    this.trades = trades;
    this.store = store;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.fourEyes = fourEyes;
  }

  /** The repair queue, oldest first. */
  List<RepairItem> queue(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.repairQueue();
  }

  /** The repair items still waiting for a person, oldest first. */
  List<RepairItem> open(Actor actor) {
    return queue(actor).stream().filter(RepairItem::isOpen).toList();
  }

  /**
   * Books a waiting report again, after its reference data (instrument, account, broker map) was
   * put right: against fresh reference data and, for a repeat of its ExecID, only when no trade was
   * booked from that ExecID since. What it books is kept as a received report like any other and
   * the item becomes REPAIRED, audited with the reason. A correction or bust of a trade already
   * confirmed becomes an amendment or cancellation request for a second person (the retrying user
   * is its maker; the outcome is APPROVAL_REQUESTED) and closes the item. Refused (nothing written)
   * when it still cannot be booked, with why.
   */
  ReceivedReport retry(Actor actor, long itemId, String reason) {
    actor.require(Permission.CAPTURE_TRADES);
    requireReason(reason, "retrying");
    return tx.inTransaction(
        () -> {
          RepairItem item = openItem(itemId);
          ExecutionReport report = ExecutionReport.parse(item.rawMessage(), item.receivedAt());
          if (!report.execId().isEmpty()) {
            store
                .tradeFor(report.execId())
                .ifPresent(
                    t -> {
                      throw new IllegalStateException(
                          "Execution "
                              + report.execId()
                              + " was booked since, as "
                              + t.display()
                              + "; dismiss repair item #"
                              + itemId
                              + " instead.");
                    });
          }
          ReceivedReport result = booking.rebook(actor, report);
          Optional<ReceivedReport> asked =
              result.outcome() == ReportOutcome.REPAIR
                  ? askApproval(actor, itemId, report, reason)
                  : Optional.empty();
          if (asked.isPresent()) {
            resolve(actor, item, RepairItem.REPAIRED, reason, asked.get().detail());
            return asked.get();
          }
          if (result.outcome() == ReportOutcome.REPAIR
              || result.outcome() == ReportOutcome.IGNORED) {
            throw new IllegalStateException(
                "Repair item #"
                    + itemId
                    + " still cannot be booked: "
                    + result.detail()
                    + ". Put the reference data right first (or dismiss the item).");
          }
          ReceivedReport repaired =
              new ReceivedReport(
                  report,
                  result.outcome(),
                  result.tradeId(),
                  result.tradeVersion(),
                  "Repair item #" + itemId + ": " + result.detail());
          store.record(List.of(repaired));
          resolve(actor, item, RepairItem.REPAIRED, reason, repaired.detail());
          return repaired;
        });
  }

  /**
   * For a correction or bust of a trade already confirmed: the amendment or cancellation request a
   * second person approves, made by {@code actor}. Empty for any other report (its refusal stands).
   */
  private Optional<ReceivedReport> askApproval(
      Actor actor, long itemId, ExecutionReport r, String reason) {
    boolean bust = DropCopyService.BUST.equals(r.execType());
    if (fourEyes == null
        || (!bust && !DropCopyService.CORRECTION.equals(r.execType()))
        || r.execRefId().isEmpty()) {
      return Optional.empty();
    }
    Optional<Trade> target = store.tradeFor(r.execRefId()).flatMap(trades::find);
    if (target.isEmpty() || !TradeLifecycle.isConfirmed(target.get().status())) {
      return Optional.empty();
    }
    Trade current = target.get();
    String why =
        "FIX "
            + (bust ? "bust " : "correction ")
            + r.execId()
            + " (repair item #"
            + itemId
            + "): "
            + reason;
    TradeService.Outcome outcome;
    if (bust) {
      outcome = fourEyes.cancel(actor, current.id(), why);
    } else {
      if (!(booking.correction(current, r) instanceof Translation.Accepted accepted)) {
        return Optional.empty();
      }
      Trade corrected = accepted.trade();
      TradeAmendment amendment =
          new TradeAmendment(
              corrected.quantity().compareTo(current.quantity()) == 0 ? null : corrected.quantity(),
              corrected.price().compareTo(current.price()) == 0 ? null : corrected.price(),
              corrected.commission().compareTo(current.commission()) == 0
                  ? null
                  : corrected.commission(),
              null,
              corrected.settlementDate().equals(current.settlementDate())
                  ? null
                  : corrected.settlementDate());
      if (amendment.isEmpty()) {
        throw new IllegalStateException(
            "Correction "
                + r.execId()
                + " changes nothing on "
                + current.id().display()
                + "; dismiss repair item #"
                + itemId
                + " instead.");
      }
      outcome = fourEyes.amend(actor, current.id(), amendment, why);
    }
    // the trade is confirmed, so TradeService asks a second person rather than changing it
    return Optional.of(
        new ReceivedReport(
            r,
            ReportOutcome.APPROVAL_REQUESTED,
            current.id(),
            0,
            (bust ? "Bust" : "Correction")
                + " of "
                + current.id().display()
                + " ("
                + current.status()
                + ") sent for approval as request #"
                + outcome.request().id().value()));
  }

  /**
   * Closes a waiting report without booking it (a test message, a trade booked by hand), audited
   * with the reason.
   */
  RepairItem dismiss(Actor actor, long itemId, String reason) {
    actor.require(Permission.CAPTURE_TRADES);
    requireReason(reason, "dismissing");
    return tx.inTransaction(
        () -> {
          RepairItem item = openItem(itemId);
          resolve(actor, item, RepairItem.DISMISSED, reason, "Dismissed");
          return new RepairItem(
              item.id(),
              item.receivedAt(),
              item.execId(),
              item.reason(),
              RepairItem.DISMISSED,
              item.rawMessage());
        });
  }

  private RepairItem openItem(long itemId) {
    RepairItem item =
        store
            .repairItem(itemId)
            .orElseThrow(
                () -> new IllegalArgumentException("There is no repair item #" + itemId + "."));
    if (!item.isOpen()) {
      throw new IllegalStateException(
          "Repair item #" + itemId + " is " + item.state() + " already.");
    }
    return item;
  }

  private void resolve(Actor actor, RepairItem item, String state, String reason, String what) {
    Instant now = clock.instant();
    if (!store.resolveRepair(item.id(), state, actor.username(), now, reason)) {
      throw new IllegalStateException(
          "Repair item #" + item.id() + " was closed by someone else meanwhile.");
    }
    audit.append(
        new AuditEvent(
            actor.username(),
            now,
            DropCopyService.REPAIR_ENTITY,
            Long.toString(item.id()),
            AuditAction.STATUS_CHANGE,
            Json.write(new RepairState(RepairItem.OPEN, item.execId(), null)),
            Json.write(new RepairState(state, item.execId(), what)),
            reason));
  }

  /** A repair item's state as the audit trail records it; no outcome while it is open. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record RepairState(String state, String execId, String outcome) {}

  private static void requireReason(String reason, String doing) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "Say why: " + doing + " a repair item needs a reason (the audit trail keeps it).");
    }
  }
}
