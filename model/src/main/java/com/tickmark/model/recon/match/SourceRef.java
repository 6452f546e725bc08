package com.tickmark.model.recon.match;

/** Where a record was read: the file (relative to the workspace) and its line. */
public record SourceRef(String file, int line) {
  public SourceRef {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("A source reference needs a file");
    }
    if (line < 1) {
      throw new IllegalArgumentException("A source line starts at 1, not " + line);
    }
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
