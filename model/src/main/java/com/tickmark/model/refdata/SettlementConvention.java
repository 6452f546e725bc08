package com.tickmark.model.refdata;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many business days after trade date an instrument settles, and on which holiday calendars
 * those days are counted: US equities {@code T+1 XNYS}, UK equities {@code T+2 XLON}, EUR/USD spot
 * {@code T+2 TARGET,USNY}.
 */
public record SettlementConvention(int lagDays, List<String> calendars) {
  private static final Pattern TEXT = Pattern.compile("T\\+(\\d) ([A-Z0-9]+(?:,[A-Z0-9]+)*)");

  public SettlementConvention {
    if (lagDays < 0 || lagDays > 5) {
      throw new IllegalArgumentException("Settlement lag must be between T+0 and T+5: " + lagDays);
    }
    Objects.requireNonNull(calendars, "calendars");
    if (calendars.isEmpty()) {
      throw new IllegalArgumentException(
          "A settlement convention needs at least one holiday calendar");
    }
    calendars = List.copyOf(calendars);
  }

  public static SettlementConvention of(int lagDays, String... calendars) {
    return new SettlementConvention(lagDays, List.of(calendars));
  }

  /** Parses the form {@code toString} writes, e.g. {@code T+2 TARGET,USNY}. */
  public static SettlementConvention parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Settlement convention must look like 'T+2 XLON' or 'T+2 TARGET,USNY': '" + text + "'");
    }
    return new SettlementConvention(Integer.parseInt(m.group(1)), List.of(m.group(2).split(",")));
  }

  @Override
  public String toString() {
    return "T+" + lagDays + " " + String.join(",", calendars);
  }
}
