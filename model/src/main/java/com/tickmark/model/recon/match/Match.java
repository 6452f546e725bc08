package com.tickmark.model.recon.match;

import java.util.Objects;

/** Records of our side and theirs that agree, with the explanation of why. */
public record Match(RecordIds ours, RecordIds theirs, MatchExplanation explanation) {
  public Match {
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(theirs, "theirs");
    Objects.requireNonNull(explanation, "explanation");
  }
}
