package com.tickmark.model.recon.run;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why a break happened, as the clerk who works it records it. */
public enum BreakReason {
  BOOKING_ERROR("our booking was wrong"),
  COUNTERPARTY_ERROR("the broker, custodian or bank was wrong"),
  TIMING("the two sides record it on different days"),
  BANK_CHARGES("charges or interest the books do not carry"),
  PRICE_ROUNDING("prices or amounts rounded differently"),
  DUPLICATE("the same item sent twice"),
  OTHER("explained in the comment");

  private final String meaning;

  BreakReason(String meaning) {
    this.meaning = meaning;
  }

  public String meaning() {
    return meaning;
  }

  /** The reason {@code code} names, in any case; refused with the codes there are. */
  public static BreakReason parse(String code) {
    String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values())
        .filter(r -> r.name().equals(c))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + code
                        + "' is not a break reason; use one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))
                        + "."));
  }
}
