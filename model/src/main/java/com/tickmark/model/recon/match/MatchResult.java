package com.tickmark.model.recon.match;

import java.util.List;
import java.util.stream.LongStream;

/**
 * The outcome of one run: every record of each side is in exactly one match, proposal or break.
 * Lists are in a stable order (by smallest record ids), whatever the order of the input.
 */
public record MatchResult(List<Match> matches, List<Proposal> proposals, List<Break> breaks) {
  public MatchResult {
    matches = List.copyOf(matches);
    proposals = List.copyOf(proposals);
    breaks = List.copyOf(breaks);
  }

  /** Ids of our records that are matched, automatically or by a person. */
  public LongStream matchedOurs() {
    return matches.stream().flatMapToLong(m -> m.ours().stream());
  }

  public LongStream matchedTheirs() {
    return matches.stream().flatMapToLong(m -> m.theirs().stream());
  }

  public LongStream proposedOurs() {
    return proposals.stream().flatMapToLong(p -> p.ours().stream());
  }

  public LongStream proposedTheirs() {
    return proposals.stream().flatMapToLong(p -> p.theirs().stream());
  }

  public LongStream brokenOurs() {
    return breaks.stream().flatMapToLong(b -> b.ours().stream());
  }

  public LongStream brokenTheirs() {
    return breaks.stream().flatMapToLong(b -> b.theirs().stream());
  }

  public List<Break> breaks(BreakKind kind) {
    return breaks.stream().filter(b -> b.kind() == kind).toList();
  }
}
