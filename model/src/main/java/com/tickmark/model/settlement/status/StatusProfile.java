package com.tickmark.model.settlement.status;

import com.tickmark.model.intake.StandardCsvProfile;
import java.util.Map;

/**
 * How the custodians' settlement status files are read: comma-separated with a header row naming
 * each field ({@link StatusField#key()}), ISO dates, decimal points. The remaining quantity is read
 * when the file has the column.
 */
public record StatusProfile(boolean withRemaining) implements StandardCsvProfile<StatusField> {
  public static final String NAME = "custodian-status";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<StatusField, String> columns() {
    return StandardCsvProfile.keyed(
        StatusField.class, f -> f != StatusField.REMAINING_QUANTITY || withRemaining);
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
