package com.tickmark.model.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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

  /**
   * Writes the chain's current head outside the database (sign-in, end of day, backup, close), so
   * that a later {@link #verify} catches a chain rewritten by someone who could edit the database
   * alone. Call after the transaction that wrote the records commits. A trail with nowhere to write
   * anchors does nothing.
   */
  default void anchor(String occasion) {}

  /** Checks the whole chain and names the first record that does not verify. */
  AuditVerification verify();

  /** The records that match, newest first. */
  List<AuditRecord> search(AuditFilter filter);

  /**
   * Every record of these entity types, oldest first: for checks that read the trail whole. Stores
   * should stream them; this default reads them through {@link #search}.
   */
  default void forEach(Set<String> entityTypes, Consumer<AuditRecord> action) {
    List<AuditRecord> records = new ArrayList<>();
    for (String type : entityTypes) {
      records.addAll(
          search(new AuditFilter(null, type, null, null, null, null, Integer.MAX_VALUE)));
    }
    records.sort(Comparator.comparingLong(AuditRecord::sequence));
    records.forEach(action);
  }
}
