package com.tickmark.model.audit;

import java.util.Iterator;

/**
 * Verifies a hash chain of audit records, in sequence order, against the head the trail last
 * recorded.
 */
public final class AuditChain {
  private AuditChain() {}

  /**
   * @param records every record, in sequence order
   * @param expectedHead the sequence and hash of the last record as the trail last wrote them, or
   *     {@code null} if it has none; catches records deleted from the end
   */
  public static AuditVerification verify(Iterator<AuditRecord> records, Head expectedHead) {
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
      previousHash = r.hash();
      expectedSequence++;
      checked++;
      last = r;
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
    return AuditVerification.intact(checked);
  }

  /** The sequence and hash of the newest record. */
  public record Head(long sequence, String hash) {}
}
