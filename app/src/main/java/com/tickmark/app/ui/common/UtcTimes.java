package com.tickmark.app.ui.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Timestamps as the security screens show them: UTC, to the second, in an order that also sorts as
 * text.
 */
public final class UtcTimes {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private UtcTimes() {}

  /** {@code 2025-11-20 14:03:22}, or empty for null. */
  public static String format(Instant instant) {
    return instant == null ? "" : SECONDS.format(instant);
  }
}
