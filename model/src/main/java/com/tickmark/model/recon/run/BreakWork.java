package com.tickmark.model.recon.run;

import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.approval.ApprovalService;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What people do with a break: assign it, comment, resolve it with a reason, write it off (above
 * its recon's limit only once a second person holding APPROVE_WRITE_OFFS approves), reopen it.
 * Every action is audited. An action names the version of the break it was decided on; when someone
 * else changed the break since, it is refused with who and when, never overwritten.
 */
public final class BreakWork {
  public static final String ENTITY = "ReconBreak";
  public static final String WRITE_OFF = "RECON_WRITE_OFF";

  private static final Set<BreakState> WORKABLE =
      EnumSet.of(BreakState.OPEN, BreakState.INVESTIGATING);

  /** One action's change to a break, made by {@code by} at {@code at}. */
  @FunctionalInterface
  private interface Edit {
    ReconBreak apply(ReconBreak b, String by, Instant at);
  }

  /** The write-off a second person approves. */
  public record WriteOffPayload(long breakId, int version, String reason, String comment) {}

  /** What a write-off did: wrote the break off, or asked a second person to approve it. */
  public record Outcome(ReconBreak written, ApprovalRequest request) {
    public boolean waitsForApproval() {
      return request != null;
    }
  }

  private final ReconStore store;
  private final Function<String, Recon> recons;
  private final Predicate<String> userExists;
  private final Supplier<List<String>> owners;
  private final ApprovalService approvals;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;

  /**
   * @param recons the recon of each name (its write-off limit)
   * @param owners the users a break may be given to, by name
   */
  public BreakWork(
      ReconStore store,
      Function<String, Recon> recons,
      Predicate<String> userExists,
      Supplier<List<String>> owners,
      ApprovalService approvals,
      AuditTrail audit,
      Transactions tx,
      Clock clock) {
    this.store = store;
    this.recons = recons;
    this.userExists = userExists;
    this.owners = owners;
    this.approvals = approvals;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /** What applies an approved write-off; registered with the approvals service. */
  public ApprovalHandler<WriteOffPayload> approvalHandler() {
    return new WriteOffHandler();
  }

  /** Who a break may be given to: the firm's enabled users, by name. */
  public List<String> owners(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return owners.get();
  }

  /** Gives the break to {@code owner} to investigate. */
  public ReconBreak assign(
      Actor actor, long id, OptionalInt version, String owner, String comment) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    String who = owner == null ? "" : owner.trim();
    if (who.isEmpty() || !userExists.test(who)) {
      throw new IllegalArgumentException("There is no user '" + who + "' to own break " + id + ".");
    }
    return change(
        actor,
        id,
        version,
        WORKABLE,
        "assigned",
        (b, by, at) ->
            b.worked(BreakState.INVESTIGATING, who, b.reason(), orKept(comment, b), by, at),
        "break assigned to " + who);
  }

  /** Adds the clerk's comment (the trail keeps the earlier ones); an open break is then worked. */
  public ReconBreak comment(Actor actor, long id, OptionalInt version, String comment) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    String text = comment == null ? "" : comment.trim();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("A comment needs some text.");
    }
    return change(
        actor,
        id,
        version,
        EnumSet.allOf(BreakState.class),
        "commented on",
        (b, by, at) ->
            b.worked(
                b.state() == BreakState.OPEN ? BreakState.INVESTIGATING : b.state(),
                b.owner(),
                b.reason(),
                text,
                by,
                at),
        "comment on break");
  }

  /** The break is explained and put right: RESOLVED with its reason. */
  public ReconBreak resolve(
      Actor actor, long id, OptionalInt version, String reason, String comment) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    BreakReason why = BreakReason.parse(reason);
    return change(
        actor,
        id,
        version,
        WORKABLE,
        "resolved",
        (b, by, at) ->
            b.worked(BreakState.RESOLVED, b.owner(), why.name(), orKept(comment, b), by, at),
        "break resolved: " + why);
  }

  /**
   * Writes the break off with its reason: at once up to its recon's write-off limit, above it as a
   * request a second person approves.
   */
  public Outcome writeOff(
      Actor actor, long id, OptionalInt version, String reason, String comment) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    BreakReason why = BreakReason.parse(reason);
    ReconBreak current = current(id, version);
    requireState(current, WORKABLE, "written off");
    Recon recon = recons.apply(current.recon());
    if (current.amount().abs().compareTo(recon.writeOffLimit()) <= 0) {
      return new Outcome(
          writtenOff(actor.username(), id, OptionalInt.of(current.version()), why, comment), null);
    }
    ReconBreak after =
        current.worked(
            BreakState.WRITTEN_OFF,
            current.owner(),
            why.name(),
            orKept(comment, current),
            actor.username(),
            clock.instant());
    return new Outcome(
        null,
        approvals.submit(
            actor,
            WRITE_OFF,
            ENTITY,
            Long.toString(id),
            "Write off break "
                + id
                + " ("
                + current.kind()
                + " "
                + current.reference()
                + ", "
                + current.amount().toPlainString()
                + " "
                + current.currency()
                + ", above the "
                + recon.writeOffLimit().toPlainString()
                + " limit of "
                + recon.name()
                + ")",
            json(current),
            json(after),
            new WriteOffPayload(id, current.version(), why.name(), orKept(comment, current)),
            why.meaning()));
  }

  /** Takes a resolved, written-off or closed break back to OPEN. */
  public ReconBreak reopen(Actor actor, long id, OptionalInt version, String comment) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    return change(
        actor,
        id,
        version,
        EnumSet.of(BreakState.RESOLVED, BreakState.WRITTEN_OFF, BreakState.CLOSED),
        "reopened",
        (b, by, at) -> b.worked(BreakState.OPEN, b.owner(), "", orKept(comment, b), by, at),
        "break reopened");
  }

  private ReconBreak writtenOff(
      String maker, long id, OptionalInt version, BreakReason why, String comment) {
    return change(
        maker,
        id,
        version,
        WORKABLE,
        "written off",
        (b, by, at) ->
            b.worked(BreakState.WRITTEN_OFF, b.owner(), why.name(), orKept(comment, b), by, at),
        "break written off: " + why);
  }

  private ReconBreak change(
      Actor actor,
      long id,
      OptionalInt version,
      Set<BreakState> from,
      String verb,
      Edit edit,
      String why) {
    return change(actor.username(), id, version, from, verb, edit, why);
  }

  private ReconBreak change(
      String by,
      long id,
      OptionalInt version,
      Set<BreakState> from,
      String verb,
      Edit edit,
      String why) {
    return tx.inTransaction(
        () -> {
          ReconBreak before = current(id, version);
          requireState(before, from, verb);
          Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
          ReconBreak after = edit.apply(before, by, now);
          if (!store.update(after, before.version())) {
            throw stale(store.find(id).orElse(before));
          }
          ReconBreak stored = store.find(id).orElseThrow();
          audit.append(
              new AuditEvent(
                  by,
                  now,
                  ENTITY,
                  Long.toString(id),
                  AuditAction.STATUS_CHANGE,
                  json(before),
                  json(stored),
                  why));
          return stored;
        });
  }

  private ReconBreak current(long id, OptionalInt version) {
    ReconBreak b =
        store
            .find(id)
            .orElseThrow(() -> new IllegalArgumentException("There is no break " + id + "."));
    if (version.isPresent() && version.getAsInt() != b.version()) {
      throw stale(b);
    }
    return b;
  }

  /** The refusal of an action on {@code now}'s earlier version: who changed it, and when. */
  static IllegalStateException stale(ReconBreak now) {
    return new IllegalStateException(
        "Break "
            + now.id()
            + " was changed by "
            + now.updatedBy()
            + " at "
            + now.updatedAt()
            + " (it is now "
            + now.state()
            + (now.owner().isEmpty() ? "" : ", owned by " + now.owner())
            + "); look at it again before acting on it.");
  }

  private static void requireState(ReconBreak b, Set<BreakState> from, String verb) {
    if (!from.contains(b.state())) {
      throw new IllegalStateException(
          "Break " + b.id() + " is " + b.state() + " and cannot be " + verb + ".");
    }
    if (!b.kind().isBreak()) {
      throw new IllegalStateException(
          "Item "
              + b.id()
              + (b.kind() == BreakKind.PROPOSED_MATCH
                  ? " is a proposed match: accept or reject it."
                  : " is a match with a difference, not a break to work."));
    }
  }

  private static String orKept(String comment, ReconBreak b) {
    return comment == null || comment.isBlank() ? b.comment() : comment.trim();
  }

  private record BreakJson(
      String recon,
      String runDate,
      String kind,
      String reference,
      String amount,
      String currency,
      String state,
      String owner,
      String reason,
      String comment,
      int version) {}

  static String json(ReconBreak b) {
    return Json.write(
        new BreakJson(
            b.recon(),
            b.runDate().toString(),
            b.kind().name(),
            b.reference(),
            b.amount().toPlainString(),
            b.currency(),
            b.state().name(),
            b.owner(),
            b.reason(),
            b.comment(),
            b.version()));
  }

  private final class WriteOffHandler implements ApprovalHandler<WriteOffPayload> {
    @Override
    public String kind() {
      return WRITE_OFF;
    }

    @Override
    public Permission approvePermission() {
      return Permission.APPROVE_WRITE_OFFS;
    }

    @Override
    public Class<WriteOffPayload> payloadType() {
      return WriteOffPayload.class;
    }

    @Override
    public void apply(ApprovalRequest request, WriteOffPayload p, Actor checker) {
      writtenOff(
          request.maker(),
          p.breakId(),
          OptionalInt.of(p.version()),
          BreakReason.valueOf(p.reason()),
          p.comment());
    }
  }
}
