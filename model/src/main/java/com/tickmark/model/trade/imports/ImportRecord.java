package com.tickmark.model.trade.imports;

import java.time.Instant;

/** A file that was imported: who, when, with which profile, and what became of its rows. */
public record ImportRecord(
    long id,
    String fileName,
    String sha256,
    String profile,
    String importedBy,
    Instant importedAt,
    int rowsLoaded,
    int rowsQuarantined,
    Long firstTradeId,
    Long lastTradeId) {}
