package com.tickmark.model.audit;

import java.time.Instant;

/**
 * Which audit records to show; a null or empty criterion matches everything.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record AuditFilter(
    String actor,
    String entityType,
    String entityId,
    AuditAction action,
    Instant from,
    Instant to,
    int limit) {
  public static final int DEFAULT_LIMIT = 10_000;

  public AuditFilter {
    if (limit <= 0) {
      limit = DEFAULT_LIMIT;
    }
  }

  public static AuditFilter all() {
    return new AuditFilter(null, null, null, null, null, null, DEFAULT_LIMIT);
  }
}
