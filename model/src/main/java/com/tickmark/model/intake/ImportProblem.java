package com.tickmark.model.intake;

import java.util.Objects;

/** One thing wrong with one field of one line of an imported file. */
public record ImportProblem(int line, String field, String message) {
  public ImportProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** {@code FILE:LINE: field: message}, the way compilers report, so editors can jump to it. */
  public String describe(String fileName) {
    return fileName + ":" + line + ": " + field + ": " + message;
  }
}
