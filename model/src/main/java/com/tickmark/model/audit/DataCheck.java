package com.tickmark.model.audit;

/**
 * A check that an area's stored records are what its audit trail says they are: each record's
 * current state equals its last audited state, and rows loaded in bulk match the digests their
 * load's audit record keeps. Areas register theirs with the {@link AuditService}.
 */
public interface DataCheck {
  /** What it checks, in words ("trades"). */
  String name();

  /** Reads the stored records and the trail, and names every record that differs. */
  DataCheckResult run();
}
