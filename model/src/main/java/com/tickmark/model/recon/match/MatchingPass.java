package com.tickmark.model.recon.match;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One matching pass: records whose {@code keys} are equal after {@code normalisation} are
 * candidates, and they match when every {@code compared} field agrees within its tolerance
 * (exactly, after normalisation, where it has none). Keys are also the grouping keys of the grouped
 * cardinalities. Fields neither keys nor compared play no part in the pass.
 */
public record MatchingPass(
    String name,
    List<String> keys,
    List<String> compared,
    Normalisation normalisation,
    List<Tolerance> tolerances,
    Cardinality cardinality,
    PassMode mode) {
  public MatchingPass {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A matching pass needs a name");
    }
    keys = List.copyOf(keys);
    compared = List.copyOf(compared);
    Objects.requireNonNull(normalisation, "normalisation");
    tolerances = List.copyOf(tolerances);
    Objects.requireNonNull(cardinality, "cardinality");
    Objects.requireNonNull(mode, "mode");
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("Pass " + name + " needs at least one key");
    }
    Set<String> seen = new HashSet<>();
    for (String field : keys) {
      if (!seen.add(field)) {
        throw new IllegalArgumentException("Pass " + name + " names " + field + " twice");
      }
    }
    for (String field : compared) {
      if (!seen.add(field)) {
        throw new IllegalArgumentException("Pass " + name + " names " + field + " twice");
      }
    }
    Set<String> tolerated = new HashSet<>();
    for (Tolerance t : tolerances) {
      if (!compared.contains(t.field())) {
        throw new IllegalArgumentException(
            "Pass " + name + " has a tolerance on " + t.field() + ", which it does not compare");
      }
      if (!tolerated.add(t.field())) {
        throw new IllegalArgumentException("Pass " + name + " has two tolerances on " + t.field());
      }
    }
  }

  /** The tolerance of {@code field} in this pass, or {@code null} if it must agree exactly. */
  public Tolerance toleranceOf(String field) {
    for (Tolerance t : tolerances) {
      if (t.field().equals(field)) {
        return t;
      }
    }
    return null;
  }
}
