package com.tickmark.model.recon.run;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Records of a recon a person matched by hand for one run date, by their stable labels: every later
 * run of that recon and date keeps them matched.
 */
public record ManualDecision(
    long id,
    String recon,
    LocalDate runDate,
    List<String> ours,
    List<String> theirs,
    String comment,
    String decidedBy,
    Instant decidedAt) {
  public ManualDecision {
    ours = List.copyOf(ours);
    theirs = List.copyOf(theirs);
    if (ours.isEmpty() || theirs.isEmpty()) {
      throw new IllegalArgumentException("A manual match needs records on both sides");
    }
    comment = comment == null ? "" : comment;
  }
}
