package com.tickmark.model.recon.input;

import com.tickmark.model.intake.IntakeImport;
import java.time.Instant;

/** One imported confirmation or holdings file: who imported it, when, and its lines' id range. */
public record InputImport(
    long id,
    InputKind kind,
    String fileName,
    String sha256,
    String importedBy,
    Instant importedAt,
    int lines,
    Long firstLineId,
    Long lastLineId)
    implements IntakeImport {
  /** Its lines. */
  @Override
  public int rows() {
    return lines;
  }
}
