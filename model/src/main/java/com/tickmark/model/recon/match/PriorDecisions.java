package com.tickmark.model.recon.match;

import java.util.List;
import java.util.Set;

/** What people decided in earlier runs, which a run keeps. */
public record PriorDecisions(List<ManualMatch> manualMatches, Set<RejectedProposal> rejections) {
  public static final PriorDecisions NONE = new PriorDecisions(List.of(), Set.of());

  public PriorDecisions {
    manualMatches = List.copyOf(manualMatches);
    rejections = Set.copyOf(rejections);
  }
}
