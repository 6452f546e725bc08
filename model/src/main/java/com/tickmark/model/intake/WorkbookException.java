package com.tickmark.model.intake;

import java.io.IOException;

/**
 * A file cannot be read as a workbook: not one, protected with a password, or without the sheet
 * asked for. The message names the file.
 */
public final class WorkbookException extends IOException {
  private static final long serialVersionUID = 1L;

  public WorkbookException(String message) {
    super(message);
  }

  public WorkbookException(String message, Throwable cause) {
    super(message, cause);
  }
}
