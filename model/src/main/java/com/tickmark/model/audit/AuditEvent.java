package com.tickmark.model.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One change to business data, as a service reports it: who, when (UTC), what entity, what was
 * done, the values before and after (JSON text, empty when there is none) and the reason given.
 */
public record AuditEvent(
    String actor,
    Instant at,
    String entityType,
    String entityId,
    AuditAction action,
    String before,
    String after,
    String reason) {
  public AuditEvent {
    Objects.requireNonNull(actor, "actor");
    // Stored to the microsecond, so hashed to the microsecond.
    at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(entityType, "entity type");
    Objects.requireNonNull(action, "action");
    entityId = entityId == null ? "" : entityId;
    before = before == null ? "" : before;
    after = after == null ? "" : after;
    reason = reason == null ? "" : reason;
  }
}
