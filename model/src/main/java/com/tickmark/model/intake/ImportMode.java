package com.tickmark.model.intake;

/** What an import does with a file that has problems. */
public enum ImportMode {
  /** Any problem: nothing is written (the default). */
  ALL_OR_NOTHING,
  /** The valid rows load; the invalid ones are set aside with their problems, for repair. */
  QUARANTINE,
  /** Validates and reports, writes nothing. */
  PREVIEW
}
