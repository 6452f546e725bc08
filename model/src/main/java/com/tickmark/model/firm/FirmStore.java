package com.tickmark.model.firm;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the workspace keeps what it knows about the firm (implemented by the persistence module).
 * Each is empty in a workspace that holds no firm yet.
 */
public interface FirmStore {
  Optional<String> firmName();

  /** The ISO code of the currency the firm reports in. */
  Optional<String> baseCurrency();

  Optional<LocalDate> businessDate();

  /** True when the firm was generated as a demo. */
  boolean demo();
}
