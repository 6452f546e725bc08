package com.tickmark.model.position;

import java.time.Instant;
import java.time.LocalDate;

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
    Long lastLineId) {}
