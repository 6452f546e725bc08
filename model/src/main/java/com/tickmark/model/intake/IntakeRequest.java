package com.tickmark.model.intake;

import java.util.Objects;

/**
 * One import (or preview) of one file.
 *
 * @param location where the file is, for messages ({@code /data/in/trades.csv})
 * @param fileName the file's name, as problems, the import record and the audit trail name it
 * @param sha256 the file's SHA-256 ({@link IntakeFiles#sha256})
 * @param user who imports it
 * @param sampleSize how many of the first valid rows the outcome keeps
 * @param problemValues whether the outcome gives the cell of each problem (a preview shows them)
 */
public record IntakeRequest(
    String location,
    String fileName,
    String sha256,
    String user,
    ImportMode mode,
    int sampleSize,
    boolean problemValues) {
  public IntakeRequest {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(mode, "mode");
  }
}
