package com.tickmark.model.trade.imports;

import com.tickmark.model.intake.IntakeJournal;
import com.tickmark.model.intake.QuarantinedRow;
import java.time.Instant;
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

  /**
   * Where the imports are journaled while they run, so that one killed part-way is rolled back at
   * the next start; {@link IntakeJournal#NONE} for a store held in memory.
   */
  default IntakeJournal journal() {
    return IntakeJournal.NONE;
  }

  // Repairing quarantined rows. Defaults refuse, so a store that keeps no quarantine still
  // compiles.

  /**
   * Keeps the header row of an import's file, so its quarantined rows can be read field by field.
   */
  default void saveHeaderLine(long importId, String headerLine) {
    throw new UnsupportedOperationException("This store does not keep header rows");
  }

  /** Every quarantined row of every import, oldest import first, then by line. */
  default List<QuarantineEntry> quarantineEntries() {
    throw new UnsupportedOperationException("This store does not keep quarantined rows");
  }

  /** How many quarantined rows wait to be repaired or discarded. */
  default int openQuarantineCount() {
    return (int) quarantineEntries().stream().filter(QuarantineEntry::isOpen).count();
  }

  default Optional<QuarantineEntry> quarantineEntry(long importId, int line) {
    return quarantineEntries().stream()
        .filter(e -> e.importId() == importId && e.line() == line)
        .findFirst();
  }

  /** Marks a quarantined row repaired (with the trade it became) or discarded (with the reason). */
  default void resolveQuarantined(
      long importId,
      int line,
      QuarantineStatus status,
      String by,
      Instant at,
      String reason,
      Long tradeId) {
    throw new UnsupportedOperationException("This store does not keep quarantined rows");
  }
}
