package com.tickmark.model.trade.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where imports, their quarantined rows and mapping profiles are kept (implemented by persistence).
 * The trades themselves go through {@link com.tickmark.model.trade.TradeStore}.
 */
public interface TradeImportStore {
  /** The earlier import of a file with this SHA-256, if any. */
  Optional<ImportRecord> findBySha256(String sha256);

  /** Every exec id already stored, for duplicate detection without a unique index. */
  Set<String> storedExecIds();

  long nextImportId();

  void recordImport(ImportRecord record, List<QuarantinedRow> quarantined);

  List<QuarantinedRow> quarantined(long importId);

  List<ImportRecord> imports();

  /** Saved profiles by name, as properties text. */
  Map<String, String> profiles();

  void saveProfile(String name, String properties);
}
