package com.tickmark.model.audit;

import java.util.List;

/**
 * The append-only, hash-chained record of every change to business data. Appends join the caller's
 * transaction, so a change and its audit record are committed together or not at all.
 */
public interface AuditTrail {
  AuditRecord append(AuditEvent event);

  /**
   * Appends the events in order, as {@link #append} one by one would; stores may do it in one
   * batch.
   */
  default List<AuditRecord> appendAll(List<AuditEvent> events) {
    return events.stream().map(this::append).toList();
  }

  /** Checks the whole chain and names the first record that does not verify. */
  AuditVerification verify();

  /** The records that match, newest first. */
  List<AuditRecord> search(AuditFilter filter);
}
