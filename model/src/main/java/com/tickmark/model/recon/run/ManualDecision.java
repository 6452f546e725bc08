package com.tickmark.model.recon.run;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a person decided about records of a recon for one run date, by their stable labels: matched
 * (by hand, or a proposal accepted), which every later run of that recon and date keeps; or a
 * proposal rejected, or a match undone, which no later run proposes or matches again (undoing a
 * person's match also ends it).
 */
public record ManualDecision(
    long id,
    String recon,
    LocalDate runDate,
    Verdict verdict,
    List<String> ours,
    List<String> theirs,
    String comment,
    String decidedBy,
    Instant decidedAt) {
  /** Whether the records belong together. */
  public enum Verdict {
    MATCHED,
    REJECTED,
    /** A match undone: an automatic one, a person's, or a proposal accepted. */
    UNMATCHED
  }

  public ManualDecision {
    Objects.requireNonNull(verdict, "verdict");
    ours = List.copyOf(ours);
    theirs = List.copyOf(theirs);
    if (ours.isEmpty() || theirs.isEmpty()) {
      throw new IllegalArgumentException("A decision names records on both sides");
    }
    comment = comment == null ? "" : comment;
  }
}
