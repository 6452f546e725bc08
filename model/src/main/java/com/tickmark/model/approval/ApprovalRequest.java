package com.tickmark.model.approval;

import java.time.Instant;
import java.util.Objects;

/**
 * An action that needs a second person: what the maker asked for, with the full before and after
 * (JSON text for people to read) and the payload the action needs to be applied.
 *
 * @param kind which {@link ApprovalHandler} applies it, e.g. {@code USER_ROLES}
 * @param summary one line for the inbox: "Give alice the roles CLERK, VIEWER"
 * @param payload the kind's payload record as JSON text; a request made before payloads were JSON
 *     holds Java properties text instead (its handler reads both, see {@link
 *     ApprovalHandler#fromLegacy})
 */
public record ApprovalRequest(
    ApprovalId id,
    String kind,
    String entityType,
    String entityId,
    String summary,
    String before,
    String after,
    String payload,
    String reason,
    String maker,
    Instant submittedAt,
    ApprovalStatus status,
    String checker,
    Instant decidedAt,
    String comment) {

  public ApprovalRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entityType, "entity type");
    Objects.requireNonNull(maker, "maker");
    Objects.requireNonNull(submittedAt, "submitted at");
    Objects.requireNonNull(status, "status");
    entityId = entityId == null ? "" : entityId;
    summary = summary == null ? "" : summary;
    before = before == null ? "" : before;
    after = after == null ? "" : after;
    reason = reason == null ? "" : reason;
    checker = checker == null ? "" : checker;
    comment = comment == null ? "" : comment;
    Objects.requireNonNull(payload, "payload");
  }

  public ApprovalRequest decided(
      ApprovalStatus newStatus, String byChecker, Instant at, String withComment) {
    return new ApprovalRequest(
        id,
        kind,
        entityType,
        entityId,
        summary,
        before,
        after,
        payload,
        reason,
        maker,
        submittedAt,
        newStatus,
        byChecker,
        at,
        withComment);
  }

  public boolean isPending() {
    return status == ApprovalStatus.PENDING;
  }
}
