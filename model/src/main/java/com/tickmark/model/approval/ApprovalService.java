package com.tickmark.model.approval;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maker–checker control. A service that needs a second person calls {@link #submit}; the request
 * waits until a different user holding the kind's approval permission approves it (and only then is
 * it applied, in the same transaction) or rejects it with a comment. The maker can never decide
 * their own request. Every step is in the audit trail.
 */
public final class ApprovalService {
  public static final String ENTITY = "ApprovalRequest";

  private final ApprovalStore store;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final Map<String, ApprovalHandler<?>> handlers = new ConcurrentHashMap<>();

  public ApprovalService(ApprovalStore store, AuditTrail audit, Transactions tx, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  public void register(ApprovalHandler<?> handler) {
    if (handlers.putIfAbsent(handler.kind(), handler) != null) {
      throw new IllegalStateException(
          "An approval handler for " + handler.kind() + " is already registered");
    }
  }

  /**
   * Stores a pending request. The calling service has already checked the maker may ask for it.
   *
   * @param payload what applying the request needs: the record {@code kind}'s handler takes
   */
  public ApprovalRequest submit(
      Actor maker,
      String kind,
      String entityType,
      String entityId,
      String summary,
      String before,
      String after,
      Record payload,
      String reason) {
    Class<?> expected = handler(kind).payloadType();
    if (!expected.isInstance(payload)) {
      throw new IllegalArgumentException(
          "A " + kind + " request carries a " + expected.getSimpleName() + ", not " + payload);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Say why: a request for approval needs a reason.");
    }
    return tx.inTransaction(
        () -> {
          ApprovalRequest request =
              new ApprovalRequest(
                  store.nextId(),
                  kind,
                  entityType,
                  entityId,
                  summary,
                  before,
                  after,
                  Json.write(payload),
                  reason,
                  maker.username(),
                  clock.instant(),
                  ApprovalStatus.PENDING,
                  null,
                  null,
                  null);
          store.insert(request);
          audit.append(
              new AuditEvent(
                  maker.username(),
                  request.submittedAt(),
                  entityType,
                  entityId,
                  AuditAction.SUBMIT_FOR_APPROVAL,
                  before,
                  after,
                  "Request " + request.id() + ": " + reason));
          return request;
        });
  }

  public ApprovalRequest approve(Actor checker, ApprovalId id, String comment) {
    return tx.inTransaction(
        () -> {
          ApprovalRequest request = pendingRequest(id);
          apply(checkChecker(checker, request), request, checker);
          ApprovalRequest approved =
              request.decided(
                  ApprovalStatus.APPROVED, checker.username(), clock.instant(), comment);
          store.update(approved);
          audit.append(
              new AuditEvent(
                  checker.username(),
                  approved.decidedAt(),
                  ENTITY,
                  Long.toString(id.value()),
                  AuditAction.APPROVE,
                  status(ApprovalStatus.PENDING),
                  status(approved.status()),
                  approved.comment()));
          return approved;
        });
  }

  public ApprovalRequest reject(Actor checker, ApprovalId id, String comment) {
    if (comment == null || comment.isBlank()) {
      throw new IllegalArgumentException(
          "Say why: rejecting a request needs a comment for its maker.");
    }
    return tx.inTransaction(
        () -> {
          ApprovalRequest request = pendingRequest(id);
          checkChecker(checker, request);
          ApprovalRequest rejected =
              request.decided(
                  ApprovalStatus.REJECTED, checker.username(), clock.instant(), comment);
          store.update(rejected);
          audit.append(
              new AuditEvent(
                  checker.username(),
                  rejected.decidedAt(),
                  ENTITY,
                  Long.toString(id.value()),
                  AuditAction.REJECT,
                  status(ApprovalStatus.PENDING),
                  status(rejected.status()),
                  comment));
          return rejected;
        });
  }

  /**
   * The pending requests {@code actor} may decide: not their own, and of kinds their roles may
   * approve.
   */
  public List<ApprovalRequest> inbox(Actor actor) {
    return store.all().stream()
        .filter(ApprovalRequest::isPending)
        .filter(r -> !r.maker().equals(actor.username()))
        .filter(r -> actor.may(handler(r.kind()).approvePermission()))
        .toList();
  }

  /** The pending requests of {@code kind}, whoever made them: work a period close waits for. */
  public List<ApprovalRequest> pending(String kind) {
    return store.all().stream()
        .filter(ApprovalRequest::isPending)
        .filter(r -> r.kind().equals(kind))
        .toList();
  }

  /** The requests {@code actor} submitted, newest first, whatever their status. */
  public List<ApprovalRequest> submittedBy(Actor actor) {
    return store.all().stream().filter(r -> r.maker().equals(actor.username())).toList();
  }

  private ApprovalRequest pendingRequest(ApprovalId id) {
    ApprovalRequest request =
        store
            .find(id)
            .orElseThrow(
                () -> new IllegalArgumentException("There is no approval request " + id + "."));
    if (!request.isPending()) {
      throw new IllegalStateException(
          "Request "
              + id
              + " was already "
              + request.status().name().toLowerCase(Locale.ROOT)
              + " by "
              + request.checker()
              + " at "
              + request.decidedAt()
              + ".");
    }
    return request;
  }

  private static <P extends Record> void apply(
      ApprovalHandler<P> handler, ApprovalRequest request, Actor checker) {
    handler.apply(request, ApprovalPayloads.read(handler, request.payload()), checker);
  }

  private static String status(ApprovalStatus status) {
    return Json.write(Map.of("status", status));
  }

  private ApprovalHandler<?> checkChecker(Actor checker, ApprovalRequest request) {
    Objects.requireNonNull(checker, "checker");
    if (checker.username().equals(request.maker())) {
      throw new FourEyesViolationException(
          "You submitted request "
              + request.id()
              + " yourself; a different user must approve or reject it.");
    }
    ApprovalHandler<?> handler = handler(request.kind());
    Permission needed = handler.approvePermission();
    checker.require(needed);
    return handler;
  }

  private ApprovalHandler<?> handler(String kind) {
    ApprovalHandler<?> handler = handlers.get(kind);
    if (handler == null) {
      throw new IllegalStateException("No approval handler is registered for " + kind);
    }
    return handler;
  }
}
