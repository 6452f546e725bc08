package com.tickmark.model.recon.definition;

import java.util.List;

/** Where the recons' settings the firm changed are kept. */
public interface ReconDefinitionStore {
  /** Every changed recon's settings. */
  List<StoredDefinition> all();

  /** Keeps {@code definition}, replacing the recon's earlier one. */
  void save(StoredDefinition definition);

  /** Forgets the recon's changed settings: it is built-in again. */
  void delete(String recon);
}
