package com.tickmark.model.recon.match;

import java.util.Map;
import java.util.Objects;

/**
 * An equivalence table for one text field: each alias stands for its canonical value (counterparty
 * names as brokers spell them, a symbol for its ISIN). Aliases and canonical values are compared
 * after the pass's other normalisation, so the table need not list every spelling.
 */
public record AliasTable(String name, Map<String, String> canonicalByAlias) {
  public AliasTable {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An alias table needs a name");
    }
    canonicalByAlias = Map.copyOf(Objects.requireNonNull(canonicalByAlias, "canonicalByAlias"));
  }
}
