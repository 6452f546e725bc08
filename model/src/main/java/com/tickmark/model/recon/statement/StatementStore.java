package com.tickmark.model.recon.statement;

import com.tickmark.model.intake.IntakeJournal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where bank statements, their entries and their imports are kept. */
public interface StatementStore {
  IntakeJournal journal();

  long nextEntryId();

  /** Stores entries (ids ascending) in the caller's transaction. */
  void insertEntries(List<StoredEntry> entries);

  void deleteEntries(long first, long last);

  long nextStatementId();

  /** Stores statements in the caller's transaction. */
  void insertStatements(List<StoredStatement> statements);

  Optional<StatementImport> findBySha256(String sha256);

  long nextImportId();

  void recordImport(StatementImport record);

  /**
   * The stored statement of {@code accountCode} closing last on or before {@code closingDate} (the
   * later stored of two on one date); empty when there is none.
   */
  Optional<StoredStatement> latest(String accountCode, LocalDate closingDate);

  /**
   * The stored statement of {@code accountCode} with {@code number} and page {@code sequence} (may
   * be null) that closed on {@code closingDate}; empty when there is none.
   */
  Optional<StoredStatement> find(
      String accountCode, String number, String sequence, LocalDate closingDate);

  /**
   * The stored statements, of one account when {@code accountCode} is given, by account and date.
   */
  List<StoredStatement> statements(Optional<String> accountCode);

  /**
   * The stored entries of the dates {@code from} to {@code to}, by id: each belongs to the earlier
   * of its value date and its booking date (a bank values some transfers a day after booking them,
   * on the day's statement; one without a booking date belongs to its value date).
   */
  List<StoredEntry> entriesOf(LocalDate from, LocalDate to);
}
