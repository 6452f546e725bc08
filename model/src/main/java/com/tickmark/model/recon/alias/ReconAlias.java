package com.tickmark.model.recon.alias;

/**
 * One of the firm's own equivalences for matching: in alias table {@code table}, {@code alias} (a
 * counterparty's name as a bank spells it) stands for {@code canonical} (its code).
 */
public record ReconAlias(String table, String alias, String canonical) {
  public ReconAlias {
    table = required(table, "an alias table");
    alias = required(alias, "an alias");
    canonical = required(canonical, "a canonical value");
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A recon alias needs " + what + ".");
    }
    return value.strip();
  }
}
