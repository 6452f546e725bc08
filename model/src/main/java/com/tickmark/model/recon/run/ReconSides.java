package com.tickmark.model.recon.run;

import com.tickmark.model.recon.match.ReconRecord;
import java.util.List;
import java.util.Map;

/**
 * One recon's records for one date: ours and theirs as the engine reads them, each with what its
 * breaks show, by record id; and the outside files' own faults found before any matching (a bank
 * statement that does not follow on from the previous one).
 */
public record ReconSides(
    List<ReconRecord> ours,
    List<ReconRecord> theirs,
    Map<Long, RecordInfo> ourInfo,
    Map<Long, RecordInfo> theirInfo,
    List<Discontinuity> discontinuities) {
  /** A statement whose balances do not follow on from the previous one's. */
  public record Discontinuity(RecordInfo statement, String message) {}

  public ReconSides {
    ours = List.copyOf(ours);
    theirs = List.copyOf(theirs);
    ourInfo = Map.copyOf(ourInfo);
    theirInfo = Map.copyOf(theirInfo);
    discontinuities = List.copyOf(discontinuities);
  }

  /** Sides without discontinuities. */
  public ReconSides(
      List<ReconRecord> ours,
      List<ReconRecord> theirs,
      Map<Long, RecordInfo> ourInfo,
      Map<Long, RecordInfo> theirInfo) {
    this(ours, theirs, ourInfo, theirInfo, List.of());
  }

  /** These sides with {@code found} too. */
  public ReconSides with(List<Discontinuity> found) {
    return new ReconSides(ours, theirs, ourInfo, theirInfo, found);
  }
}
