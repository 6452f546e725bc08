package com.tickmark.model.intake;

import java.time.Instant;

/** The record of one file imported through the pipeline, as far as every kind has it. */
public interface IntakeImport {
  long id();

  String fileName();

  String importedBy();

  Instant importedAt();

  /** The rows the file's import stored (status lines, confirmation lines, statement entries). */
  int rows();
}
