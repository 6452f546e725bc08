package com.tickmark.model.trade.imports;

/**
 * A row a quarantine import set aside, exactly as it was in the file, with what is wrong with it.
 */
public record QuarantinedRow(int line, String rawLine, String problems) {}
