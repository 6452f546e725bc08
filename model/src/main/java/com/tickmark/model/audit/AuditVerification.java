package com.tickmark.model.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What checking the audit chain found: how many records were checked and, if the chain is broken,
 * the first record that does not verify and why; and how many anchors outside the database it was
 * checked against (the newest one is named).
 */
public record AuditVerification(
    long recordsChecked,
    Optional<Long> firstBadSequence,
    String problem,
    int anchorsChecked,
    Optional<AuditChain.Anchor> latestAnchor) {
  public static AuditVerification intact(long checked) {
    return new AuditVerification(checked, Optional.empty(), "", 0, Optional.empty());
  }

  public static AuditVerification broken(long checked, long sequence, String problem) {
    return new AuditVerification(checked, Optional.of(sequence), problem, 0, Optional.empty());
  }

  /**
   * The anchors outside the database cannot be trusted (edited, or missing), so neither can the
   * chain; reported at record 0.
   */
  public static AuditVerification anchorsBroken(String problem) {
    return new AuditVerification(0, Optional.of(0L), problem, 0, Optional.empty());
  }

  /** This outcome, checked also against {@code anchors}. */
  AuditVerification withAnchors(List<AuditChain.Anchor> anchors) {
    return new AuditVerification(
        recordsChecked,
        firstBadSequence,
        problem,
        anchors.size(),
        anchors.stream().max(Comparator.comparing((AuditChain.Anchor a) -> a.head().sequence())));
  }

  public boolean isIntact() {
    return firstBadSequence.isEmpty();
  }

  public String describe() {
    if (firstBadSequence.filter(s -> s == 0).isPresent()) {
      return "The audit trail cannot be trusted: " + problem;
    }
    if (!isIntact()) {
      return "The audit trail does not verify at record " + firstBadSequence.get() + ": " + problem;
    }
    return "The audit trail is intact: "
        + recordsChecked
        + " records verified"
        + latestAnchor
            .map(
                a ->
                    ", and "
                        + anchorsChecked
                        + (anchorsChecked == 1 ? " anchor" : " anchors")
                        + " outside the database (the newest at record "
                        + a.head().sequence()
                        + ", "
                        + a.occasion()
                        + ", "
                        + a.at()
                        + ")")
            .orElse("")
        + ".";
  }
}
