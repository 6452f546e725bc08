package com.tickmark.model.recon.match;

/** Records a person matched (or a proposal a person accepted): they stay matched in later runs. */
public record ManualMatch(RecordIds ours, RecordIds theirs) {
  public ManualMatch {
    if (ours.isEmpty() || theirs.isEmpty()) {
      throw new IllegalArgumentException("A manual match needs records on both sides");
    }
  }
}
