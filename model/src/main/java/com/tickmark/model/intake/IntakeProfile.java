package com.tickmark.model.intake;

import java.util.Map;

/**
 * How one sender's files of one kind map to that kind's fields: the column of each field (by header
 * name, or 1-based position without a header row), the delimiter, the decimal separator and the
 * date and time patterns. Each kind keeps its own profiles (with whatever else it needs, such as a
 * trade file's side codes); the pipeline reads files through this much of them.
 *
 * @param <F> the kind's fields
 */
public interface IntakeProfile<F extends Enum<F> & IntakeField> {
  /** The time pattern that means ISO-8601 UTC ({@code 2025-11-20T14:31:05.123Z}). */
  String ISO = "ISO";

  String name();

  /** Whether the first non-blank row names the columns. */
  boolean header();

  char delimiter();

  char decimalSeparator();

  String datePattern();

  /** A {@code java.time} pattern read as UTC, or {@link #ISO}. */
  String timePattern();

  /** Each mapped field's column: its header name, or its 1-based position. */
  Map<F, String> columns();

  /** The kind's field enum. */
  Class<F> fieldType();
}
