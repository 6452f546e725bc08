package com.tickmark.model.recon.match;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reconciliation: our side and theirs (named for people), the fields both carry and that are
 * compared, and the matching passes in the order they run.
 */
public record ReconDefinition(
    String name, String ours, String theirs, List<MatchField> fields, List<MatchingPass> passes) {
  public ReconDefinition {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A recon needs a name");
    }
    fields = List.copyOf(fields);
    passes = List.copyOf(passes);
    Map<String, MatchField> byName = new HashMap<>();
    for (MatchField f : fields) {
      if (byName.put(f.name(), f) != null) {
        throw new IllegalArgumentException("Recon " + name + " has two fields named " + f.name());
      }
    }
    if (passes.isEmpty()) {
      throw new IllegalArgumentException("Recon " + name + " needs at least one matching pass");
    }
    Set<String> passNames = new HashSet<>();
    for (MatchingPass pass : passes) {
      if (!passNames.add(pass.name())) {
        throw new IllegalArgumentException(
            "Recon " + name + " has two passes named " + pass.name());
      }
      for (String key : pass.keys()) {
        requireField(name, pass, key, byName);
      }
      for (String field : pass.compared()) {
        requireField(name, pass, field, byName);
      }
      for (Tolerance t : pass.tolerances()) {
        FieldKind kind = byName.get(t.field()).kind();
        boolean fits =
            t instanceof Tolerance.DateWindow ? kind == FieldKind.DATE : kind.isNumeric();
        if (!fits) {
          throw new IllegalArgumentException(
              "Pass "
                  + pass.name()
                  + ": a "
                  + kind
                  + " field ("
                  + t.field()
                  + ") cannot take that"
                  + " tolerance");
        }
      }
      for (String aliased : pass.normalisation().aliases().keySet()) {
        MatchField f = requireField(name, pass, aliased, byName);
        if (f.kind() != FieldKind.TEXT) {
          throw new IllegalArgumentException(
              "Pass " + pass.name() + ": aliases apply to text, not to " + aliased);
        }
      }
    }
  }

  private static MatchField requireField(
      String recon, MatchingPass pass, String field, Map<String, MatchField> byName) {
    MatchField f = byName.get(field);
    if (f == null) {
      throw new IllegalArgumentException(
          "Pass " + pass.name() + " of recon " + recon + " names " + field + ", not a field of it");
    }
    return f;
  }

  /** The position of {@code field} among the fields, which is where records carry its value. */
  public int indexOf(String field) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(field)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Recon " + name + " has no field " + field);
  }
}
