package com.tickmark.model.recon.alias;

import java.util.List;
import java.util.Optional;

/** Where the firm's recon aliases are kept. */
public interface ReconAliasStore {
  /** Every alias, by table then alias. */
  List<ReconAlias> aliases();

  Optional<ReconAlias> find(String table, String alias);

  /** Adds the alias, or replaces the canonical value of the table's same alias. */
  void put(ReconAlias alias);

  /** Whether there was such an alias to remove. */
  boolean remove(String table, String alias);
}
