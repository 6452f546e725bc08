package com.tickmark.model.position;

import com.tickmark.model.intake.IntakeProfile;
import java.util.EnumMap;
import java.util.Map;

/**
 * How opening balances files are read: comma-separated with a header row naming every field ({@link
 * OpeningField#key()}, any order, any case), ISO dates, decimal points.
 */
public final class OpeningProfile implements IntakeProfile<OpeningField> {
  public static final String NAME = "opening-balances";

  /** The one layout. */
  public static final OpeningProfile INSTANCE = new OpeningProfile();

  private OpeningProfile() {}

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
  public Map<OpeningField, String> columns() {
    Map<OpeningField, String> columns = new EnumMap<>(OpeningField.class);
    for (OpeningField f : OpeningField.values()) {
      columns.put(f, f.key());
    }
    return columns;
  }

  @Override
  public Class<OpeningField> fieldType() {
    return OpeningField.class;
  }
}
