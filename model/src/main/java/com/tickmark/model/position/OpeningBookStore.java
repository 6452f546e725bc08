package com.tickmark.model.position;

import com.tickmark.model.intake.IntakeJournal;
import java.util.List;
import java.util.Optional;

/**
 * Where opening balances files are stored: their lines as the opening book's holdings and cash
 * balances (one id range across both), and one record per file.
 */
public interface OpeningBookStore {
  IntakeJournal journal();

  /** The id the next stored line gets, after every holding and cash balance stored. */
  long nextLineId();

  /** Stores lines (ids ascending) in the caller's transaction. */
  void insertLines(List<OpeningLine> lines);

  /** Deletes the holdings and cash balances of ids {@code first} to {@code last}. */
  void deleteLines(long first, long last);

  Optional<OpeningImport> findBySha256(String sha256);

  long nextImportId();

  void recordImport(OpeningImport record);
}
