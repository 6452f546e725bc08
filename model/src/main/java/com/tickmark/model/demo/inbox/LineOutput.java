package com.tickmark.model.demo.inbox;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A UTF-8 text file written line by line through a 64 KB buffer, which knows the 1-based number of
 * each line it writes. A line is either written whole ({@link #write}) or built with {@link
 * #append} and ended with {@link #endLine}, which saves building a string per line.
 */
final class LineOutput implements Closeable {
  private static final int FLUSH_AT = 1 << 16;

  private final OutputStream out;
  private final String eol;
  private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
  private int lines;

  private LineOutput(OutputStream out, String eol) {
    this.out = out;
    this.eol = eol;
  }

  static LineOutput create(Path file, String eol) throws IOException {
    Files.createDirectories(file.getParent());
    return new LineOutput(Files.newOutputStream(file), eol);
  }

  LineOutput append(String text) {
    buffer.append(text);
    return this;
  }

  LineOutput append(char c) {
    buffer.append(c);
    return this;
  }

  /** Ends the line being built and returns its number. */
  int endLine() throws IOException {
    buffer.append(eol);
    if (buffer.length() >= FLUSH_AT) {
      flush();
    }
    return ++lines;
  }

  /** Writes one whole line and returns its number. */
  int write(String line) throws IOException {
    buffer.append(line);
    return endLine();
  }

  private void flush() throws IOException {
    out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
    buffer.setLength(0);
  }

  @Override
  public void close() throws IOException {
    try (out) {
      flush();
    }
  }
}
