package com.tickmark.model.firm;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the workspace says about the firm in it, as the sign-in window and the status bar show it.
 *
 * @param firmName empty in a workspace that holds no firm yet
 * @param businessDate the day the back office is working on; empty without a firm
 * @param demo true for a generated demo firm
 */
public record FirmProfile(
    Optional<String> firmName, Optional<LocalDate> businessDate, boolean demo) {
  public static final FirmProfile NONE = new FirmProfile(Optional.empty(), Optional.empty(), false);

  public FirmProfile {
    Objects.requireNonNull(firmName, "firmName");
    Objects.requireNonNull(businessDate, "businessDate");
  }
}
