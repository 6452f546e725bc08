package com.tickmark.model.recon.run;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of one recon for one date: how many records each side had, and what came of them.
 *
 * @param matched our records matched (a block confirmation matches several)
 * @param withDifference matches inside a tolerance with a difference
 * @param opened breaks this run found for the first time
 * @param closed breaks of earlier runs of the date this run no longer finds
 */
public record ReconRun(
    long id,
    String recon,
    LocalDate runDate,
    String ranBy,
    Instant ranAt,
    int ours,
    int theirs,
    int matched,
    int withDifference,
    int proposed,
    int breaks,
    int opened,
    int closed) {
  /** The share of our records matched, 0 to 1; 1 when there are none. */
  public double matchRate() {
    return ours == 0 ? 1 : (double) matched / ours;
  }
}
