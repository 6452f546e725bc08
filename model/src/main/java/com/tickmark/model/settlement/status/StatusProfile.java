package com.tickmark.model.settlement.status;

import com.tickmark.model.intake.IntakeProfile;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the custodians' settlement status files are read: comma-separated with a header row naming
 * each field ({@link StatusField#key()}), ISO dates, decimal points. The remaining quantity is read
 * when the file has the column.
 */
public record StatusProfile(boolean withRemaining) implements IntakeProfile<StatusField> {
  public static final String NAME = "custodian-status";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean header() {
    return true;
  }

  @Override
  public char delimiter() {
    return ',';
  }

  @Override
  public char decimalSeparator() {
    return '.';
  }

  @Override
  public String datePattern() {
    return "yyyy-MM-dd";
  }

  @Override
  public String timePattern() {
    return ISO;
  }

  @Override
  public Map<StatusField, String> columns() {
    Map<StatusField, String> columns = new EnumMap<>(StatusField.class);
    for (StatusField f : StatusField.values()) {
      if (f != StatusField.REMAINING_QUANTITY || withRemaining) {
        columns.put(f, f.key());
      }
    }
    return columns;
  }

  @Override
  public Class<StatusField> fieldType() {
    return StatusField.class;
  }

  /** The profile for a file whose header row is {@code headerLine}. */
  public static StatusProfile forHeader(String headerLine) {
    boolean remaining = false;
    for (String name : headerLine.split(",", -1)) {
      remaining |= name.trim().equalsIgnoreCase(StatusField.REMAINING_QUANTITY.key());
    }
    return new StatusProfile(remaining);
  }
}
