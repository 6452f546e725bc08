package com.tickmark.model.recon.statement;

import com.tickmark.model.intake.IntakeImport;
import java.time.Instant;

/**
 * One imported bank statement file: its statements, their entries (ids {@code firstEntryId} to
 * {@code lastEntryId}, null without entries), and how many of its statements do not follow the
 * account's statement stored before them.
 */
public record StatementImport(
    long id,
    String fileName,
    String sha256,
    String importedBy,
    Instant importedAt,
    int statements,
    int entries,
    int discontinuities,
    Long firstEntryId,
    Long lastEntryId)
    implements IntakeImport {
  /** Its statements' entries. */
  @Override
  public int rows() {
    return entries;
  }
}
