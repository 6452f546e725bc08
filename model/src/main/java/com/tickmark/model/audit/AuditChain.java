package com.tickmark.model.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Verifies a hash chain of audit records, in sequence order, against the head the trail last
 * recorded and against the anchors kept outside the database.
 */
public final class AuditChain {
  private AuditChain() {}

  /**
   * @param records every record, in sequence order
   * @param expectedHead the sequence and hash of the last record as the trail last wrote them, or
   *     {@code null} if it has none; catches records deleted from the end
   */
  public static AuditVerification verify(Iterator<AuditRecord> records, Head expectedHead) {
    return verify(records, expectedHead, List.of());
  }

  /**
   * @param anchors heads written outside the database at sign-in, end of day, backup and close:
   *     each must still be a record of the chain, with the same hash. A chain rewritten by someone
   *     who could edit the database but not the anchors (deleting the last records and moving the
   *     head, or editing a record and recomputing every later hash) fails here.
   */
  public static AuditVerification verify(
      Iterator<AuditRecord> records, Head expectedHead, List<Anchor> anchors) {
    NavigableMap<Long, List<Anchor>> bySequence = new TreeMap<>();
    for (Anchor a : anchors) {
      bySequence.computeIfAbsent(a.head().sequence(), s -> new ArrayList<>()).add(a);
    }
    String previousHash = AuditRecord.GENESIS;
    long expectedSequence = 1;
    long checked = 0;
    AuditRecord last = null;
    while (records.hasNext()) {
      AuditRecord r = records.next();
      if (r.sequence() != expectedSequence) {
        return AuditVerification.broken(
            checked,
            r.sequence(),
            "expected record "
                + expectedSequence
                + " here: record"
                + (r.sequence() - expectedSequence == 1
                    ? " " + expectedSequence + " is"
                    : "s " + expectedSequence + " to " + (r.sequence() - 1) + " are")
                + " missing");
      }
      if (!r.previousHash().equals(previousHash)) {
        return AuditVerification.broken(
            checked,
            r.sequence(),
            "it does not link to the record before it (that record was changed, or one was removed"
                + " or inserted)");
      }
      if (!r.contentMatchesHash()) {
        return AuditVerification.broken(
            checked,
            r.sequence(),
            "its content does not match its hash (it was edited after it was written)");
      }
      for (Anchor a : bySequence.getOrDefault(r.sequence(), List.of())) {
        if (!a.head().hash().equals(r.hash())) {
          return AuditVerification.broken(
              checked,
              r.sequence(),
              "it is not the record anchored outside the database at "
                  + a.at()
                  + " ("
                  + a.occasion()
                  + "): the trail was rewritten from here or earlier, and its hashes recomputed");
        }
      }
      previousHash = r.hash();
      expectedSequence++;
      checked++;
      last = r;
    }
    long lastSequence = last == null ? 0 : last.sequence();
    if (!bySequence.isEmpty() && bySequence.lastKey() > lastSequence) {
      Anchor latest = bySequence.lastEntry().getValue().get(0);
      return AuditVerification.broken(
          checked,
          lastSequence + 1,
          "records "
              + (lastSequence + 1)
              + " to "
              + latest.head().sequence()
              + " were anchored outside the database at "
              + latest.at()
              + " ("
              + latest.occasion()
              + ") but are missing");
    }
    if (expectedHead != null) {
      if (last == null || last.sequence() < expectedHead.sequence()) {
        long from = last == null ? 1 : last.sequence() + 1;
        return AuditVerification.broken(
            checked,
            from,
            "records " + from + " to " + expectedHead.sequence() + " were written but are missing");
      }
      if (last.sequence() == expectedHead.sequence() && !last.hash().equals(expectedHead.hash())) {
        return AuditVerification.broken(
            checked, last.sequence(), "it is not the last record the trail wrote");
      }
    }
    return AuditVerification.intact(checked).withAnchors(anchors);
  }

  /** The sequence and hash of the newest record. */
  public record Head(long sequence, String hash) {}

  /**
   * A head written outside the database: when, and on what occasion (sign-in, end of day, backup,
   * close).
   */
  public record Anchor(Head head, Instant at, String occasion) {}
}
