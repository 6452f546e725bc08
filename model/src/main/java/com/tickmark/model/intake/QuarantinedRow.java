package com.tickmark.model.intake;

/**
 * A row a quarantine import set aside, exactly as it was in the file, with what is wrong with it.
 */
public record QuarantinedRow(int line, String rawLine, String problems) {}
