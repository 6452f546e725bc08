package com.tickmark.model.recon.match;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One unmatched or mismatched item.
 *
 * @param ours our records in it (none for a missing-ours or duplicate break)
 * @param theirs their records in it (none for a missing-theirs break)
 * @param pass the pass whose keys paired a field mismatch, else {@code null}
 * @param differences for a field mismatch, every compared field that differs, within tolerance or
 *     not
 * @param duplicateOf for a duplicate, the record of theirs it repeats
 */
public record Break(
    BreakKind kind,
    RecordIds ours,
    RecordIds theirs,
    String pass,
    List<FieldDifference> differences,
    OptionalLong duplicateOf) {
  public Break {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(theirs, "theirs");
    differences = List.copyOf(differences);
    Objects.requireNonNull(duplicateOf, "duplicateOf");
  }

  /** The fields that differ beyond tolerance: what a field-mismatch break names. */
  public List<String> fields() {
    return differences.stream()
        .filter(d -> !d.withinTolerance())
        .map(FieldDifference::field)
        .toList();
  }
}
