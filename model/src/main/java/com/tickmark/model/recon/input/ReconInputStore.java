package com.tickmark.model.recon.input;

import com.tickmark.model.intake.IntakeJournal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where broker confirmations, custodian holdings and their imports are kept. */
public interface ReconInputStore {
  IntakeJournal journal();

  long nextConfirmationId();

  /** Stores confirmations (ids ascending) in the caller's transaction. */
  void insertConfirmations(List<Confirmation> rows);

  void deleteConfirmations(long first, long last);

  long nextHoldingId();

  /** Stores holdings (ids ascending) in the caller's transaction. */
  void insertHoldings(List<Holding> rows);

  void deleteHoldings(long first, long last);

  /** The earlier import of a file of {@code kind} with this SHA-256, if any. */
  Optional<InputImport> findBySha256(InputKind kind, String sha256);

  long nextImportId();

  void recordImport(InputImport record);

  /** The confirmations of trade date {@code tradeDate} (every one when null), in file order. */
  List<Confirmation> confirmations(LocalDate tradeDate);

  /** The holdings of statement date {@code statementDate} (every one when null), in file order. */
  List<Holding> holdings(LocalDate statementDate);

  /** The layouts saved for files of {@code kind}: properties text by broker or custodian code. */
  Map<String, String> layouts(InputKind kind);

  /**
   * Keeps {@code properties} as the layout {@code name} of {@code kind}, replacing an earlier one.
   */
  void saveLayout(InputKind kind, String name, String properties, String by, Instant at);
}
