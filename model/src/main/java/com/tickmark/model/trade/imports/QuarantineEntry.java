package com.tickmark.model.trade.imports;

import java.time.Instant;
import java.util.Objects;

/**
 * A row a quarantine import set aside, with the file it came from and what became of it.
 *
 * @param headerLine the file's header row (to map the row's cells to fields), or null when the
 *     profile has no header row or the import predates it being kept
 * @param resolvedBy who repaired or discarded it; null while open
 * @param reason why it was discarded, or what was repaired
 * @param tradeId the trade it became when repaired, else null
 */
public record QuarantineEntry(
    long importId,
    String fileName,
    String profile,
    String headerLine,
    int line,
    String rawLine,
    String problems,
    QuarantineStatus status,
    String resolvedBy,
    Instant resolvedAt,
    String reason,
    Long tradeId) {
  public QuarantineEntry {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(rawLine, "rawLine");
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(status, "status");
  }

  /** {@code trades-20251120.csv:14}: the file and line, as problems name them. */
  public String where() {
    return fileName + ":" + line;
  }

  /** The key of the row in the audit trail: {@code 7:14} (import 7, line 14). */
  public String auditId() {
    return importId + ":" + line;
  }

  public boolean isOpen() {
    return status == QuarantineStatus.OPEN;
  }

  /** This row, repaired (with the trade it became) or discarded (with the reason). */
  public QuarantineEntry resolved(
      QuarantineStatus status, String by, Instant at, String reason, Long tradeId) {
    return new QuarantineEntry(
        importId,
        fileName,
        profile,
        headerLine,
        line,
        rawLine,
        problems,
        status,
        by,
        at,
        reason,
        tradeId);
  }
}
