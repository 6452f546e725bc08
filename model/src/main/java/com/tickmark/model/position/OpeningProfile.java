package com.tickmark.model.position;

import com.tickmark.model.intake.StandardCsvProfile;

/**
 * How opening balances files are read: comma-separated with a header row naming every field ({@link
 * OpeningField#key()}, any order, any case), ISO dates, decimal points.
 */
public final class OpeningProfile implements StandardCsvProfile<OpeningField> {
  public static final String NAME = "opening-balances";

  /** The one layout. */
  public static final OpeningProfile INSTANCE = new OpeningProfile();

  private OpeningProfile() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<OpeningField> fieldType() {
    return OpeningField.class;
  }
}
