package com.tickmark.model.intake;

/** A file was refused as a whole: already imported, unreadable or not in the profile's layout. */
public final class ImportRefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public ImportRefusedException(String message) {
    super(message);
  }
}
