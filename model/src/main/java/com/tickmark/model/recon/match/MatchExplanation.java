package com.tickmark.model.recon.match;

import java.util.List;

/**
 * Why records were matched: the pass (or a person), the keys it required equal, the tolerances it
 * allowed, and every compared field that differs, inside its tolerance.
 *
 * @param pass the pass's name, or {@link #MANUAL} for a person's match
 */
public record MatchExplanation(
    String pass,
    Cardinality cardinality,
    List<String> keys,
    List<Tolerance> tolerances,
    List<FieldDifference> differences) {
  /** The pass name of a match a person made. */
  public static final String MANUAL = "manual";

  public MatchExplanation {
    keys = List.copyOf(keys);
    tolerances = List.copyOf(tolerances);
    differences = List.copyOf(differences);
  }

  public boolean manual() {
    return MANUAL.equals(pass);
  }

  /** Whether this is a match with a difference, not an exact one. */
  public boolean hasDifferences() {
    return !differences.isEmpty();
  }
}
