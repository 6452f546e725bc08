package com.tickmark.model.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One opening balances file loaded into the workspace: as of which close, how many holdings and
 * cash balances, and the ids of its lines.
 */
public record OpeningImport(
    long id,
    String fileName,
    String sha256,
    String importedBy,
    Instant importedAt,
    LocalDate asOf,
    int positions,
    int cashBalances,
    Long firstLineId,
    Long lastLineId) {
  /** "Loaded the opening book from F as of D: 2 positions, 1 cash balance (import I)." */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "Loaded the opening book from %s as of %s: %,d position%s, %,d cash balance%s (import %d).",
        fileName,
        asOf,
        positions,
        positions == 1 ? "" : "s",
        cashBalances,
        cashBalances == 1 ? "" : "s",
        id);
  }
}
