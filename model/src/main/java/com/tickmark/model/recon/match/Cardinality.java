package com.tickmark.model.recon.match;

/** How many records of each side one match of a pass may take. */
public enum Cardinality {
  /** One of ours with one of theirs. */
  ONE_TO_ONE,
  /** One of ours with all of theirs that share its keys (allocations of one trade), summed. */
  ONE_TO_MANY,
  /** All of ours that share the keys (partial fills) with one of theirs (the block), summed. */
  MANY_TO_ONE,
  /** All of ours with all of theirs that share the grouping keys, both sides summed. */
  MANY_TO_MANY
}
