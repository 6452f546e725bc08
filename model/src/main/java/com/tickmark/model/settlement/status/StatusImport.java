package com.tickmark.model.settlement.status;

import com.tickmark.model.intake.IntakeImport;
import java.time.Instant;

/** One imported settlement status file: its lines, how many were unknown, the parts it settled. */
public record StatusImport(
    long id,
    String fileName,
    String sha256,
    String importedBy,
    Instant importedAt,
    int lines,
    int unknownLines,
    int settledParts,
    Long firstLineId,
    Long lastLineId)
    implements IntakeImport {
  /** Its status lines. */
  @Override
  public int rows() {
    return lines;
  }
}
