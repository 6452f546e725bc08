package com.tickmark.model.audit;

import java.util.Optional;

/**
 * What checking the audit chain found: how many records were checked and, if the chain is broken,
 * the first record that does not verify and why.
 */
public record AuditVerification(
    long recordsChecked, Optional<Long> firstBadSequence, String problem) {
  public static AuditVerification intact(long checked) {
    return new AuditVerification(checked, Optional.empty(), "");
  }

  public static AuditVerification broken(long checked, long sequence, String problem) {
    return new AuditVerification(checked, Optional.of(sequence), problem);
  }

  public boolean isIntact() {
    return firstBadSequence.isEmpty();
  }

  public String describe() {
    return isIntact()
        ? "The audit trail is intact: " + recordsChecked + " records verified."
        : "The audit trail does not verify at record " + firstBadSequence.get() + ": " + problem;
  }
}
