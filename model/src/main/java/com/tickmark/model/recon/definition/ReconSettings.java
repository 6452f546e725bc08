package com.tickmark.model.recon.definition;

import com.tickmark.model.recon.match.AliasTable;
import com.tickmark.model.recon.match.Cardinality;
import com.tickmark.model.recon.match.MatchingPass;
import com.tickmark.model.recon.match.Normalisation;
import com.tickmark.model.recon.match.PassMode;
import com.tickmark.model.recon.match.ReconDefinition;
import com.tickmark.model.recon.match.Tolerance;
import com.tickmark.model.recon.run.Recon;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a firm may change of a recon, as stored (JSON) and edited: its title, write-off limit and
 * ordered matching passes. The sides and the fields they carry are the recon's own (Tickmark reads
 * them); a pass names which of those fields are keys and which are compared, how text is
 * normalised, the tolerances, the cardinality and whether it matches or only proposes.
 */
public record ReconSettings(String title, BigDecimal writeOffLimit, List<PassSettings> passes) {
  public ReconSettings {
    passes = passes == null ? List.of() : List.copyOf(passes);
  }

  /**
   * One matching pass.
   *
   * @param aliases the fields whose alias table the pass applies (instrument symbols, counterparty
   *     names: tables the recon offers)
   */
  public record PassSettings(
      String name,
      List<String> keys,
      List<String> compared,
      boolean trim,
      boolean ignoreCase,
      boolean removePunctuation,
      List<String> aliases,
      List<ToleranceSettings> tolerances,
      Cardinality cardinality,
      PassMode mode) {
    public PassSettings {
      keys = keys == null ? List.of() : List.copyOf(keys);
      compared = compared == null ? List.of() : List.copyOf(compared);
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      tolerances = tolerances == null ? List.of() : List.copyOf(tolerances);
    }

    static PassSettings of(MatchingPass p) {
      Normalisation n = p.normalisation();
      return new PassSettings(
          p.name(),
          p.keys(),
          p.compared(),
          n.trim(),
          n.ignoreCase(),
          n.removePunctuation(),
          n.aliases().keySet().stream().sorted().toList(),
          p.tolerances().stream().map(ToleranceSettings::of).toList(),
          p.cardinality(),
          p.mode());
    }

    MatchingPass pass(Map<String, AliasTable> tables) {
      Normalisation n = new Normalisation(trim, ignoreCase, removePunctuation, Map.of());
      for (String field : aliases) {
        AliasTable table = tables.get(field);
        if (table == null) {
          throw new IllegalArgumentException(
              "Pass "
                  + name
                  + ": there is no alias table for "
                  + field
                  + "; there are tables for "
                  + (tables.isEmpty() ? "no field" : String.join(", ", tables.keySet()))
                  + ".");
        }
        n = n.withAliases(field, table);
      }
      if (cardinality == null || mode == null) {
        throw new IllegalArgumentException(
            "Pass " + name + " needs a cardinality and a mode (AUTO or PROPOSE).");
      }
      return new MatchingPass(
          name,
          keys,
          compared,
          n,
          tolerances.stream().map(ToleranceSettings::tolerance).toList(),
          cardinality,
          mode);
    }
  }

  /**
   * A tolerance on a compared field: {@code absolute} and/or {@code relative} on a number, or
   * {@code businessDays} on a date.
   */
  public record ToleranceSettings(
      String field, BigDecimal absolute, BigDecimal relative, Integer businessDays) {
    static ToleranceSettings of(Tolerance t) {
      if (t instanceof Tolerance.DateWindow w) {
        return new ToleranceSettings(w.field(), null, null, w.businessDays());
      }
      Tolerance.Numeric n = (Tolerance.Numeric) t;
      return new ToleranceSettings(n.field(), n.absolute(), n.relative(), null);
    }

    Tolerance tolerance() {
      if (businessDays != null) {
        if (absolute != null || relative != null) {
          throw new IllegalArgumentException(
              "The tolerance on " + field + " is a date window or a numeric bound, not both.");
        }
        return new Tolerance.DateWindow(field, businessDays);
      }
      return new Tolerance.Numeric(field, absolute, relative);
    }
  }

  /** What {@code recon} has now, as settings. */
  public static ReconSettings of(Recon recon) {
    return new ReconSettings(
        recon.title(),
        recon.writeOffLimit(),
        recon.definition().passes().stream().map(PassSettings::of).toList());
  }

  /**
   * {@code builtIn} with these settings: its sides, fields and stake field, these passes. Refused
   * with a sentence when they do not fit its fields (a key that is not one, a tolerance on text, an
   * alias table the recon does not offer).
   */
  public Recon applyTo(Recon builtIn) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A recon needs a title.");
    }
    if (writeOffLimit == null) {
      throw new IllegalArgumentException("A recon needs a write-off limit (0 for none).");
    }
    Map<String, AliasTable> tables = new HashMap<>();
    for (MatchingPass p : builtIn.definition().passes()) {
      tables.putAll(p.normalisation().aliases());
    }
    List<MatchingPass> made = new ArrayList<>();
    for (PassSettings p : passes) {
      made.add(p.pass(tables));
    }
    ReconDefinition d = builtIn.definition();
    return new Recon(
        new ReconDefinition(d.name(), d.ours(), d.theirs(), d.fields(), made),
        title.trim(),
        builtIn.stakeField(),
        writeOffLimit);
  }
}
