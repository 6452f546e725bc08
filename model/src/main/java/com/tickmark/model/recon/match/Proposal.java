package com.tickmark.model.recon.match;

import java.util.Objects;

/**
 * A match a proposing pass found, waiting for a person to accept (it then comes back as a {@link
 * ManualMatch}) or reject (a {@link RejectedProposal}, never proposed again). Its records are
 * neither matched nor broken meanwhile.
 */
public record Proposal(RecordIds ours, RecordIds theirs, MatchExplanation explanation) {
  public Proposal {
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(theirs, "theirs");
    Objects.requireNonNull(explanation, "explanation");
  }
}
