package com.tickmark.model.recon.match;

/**
 * A proposal a person rejected, or a match a person undid: the same records are not proposed or
 * matched together again.
 */
public record RejectedProposal(RecordIds ours, RecordIds theirs) {
  public RejectedProposal {
    if (ours.isEmpty() || theirs.isEmpty()) {
      throw new IllegalArgumentException("A rejected proposal names records on both sides");
    }
  }
}
