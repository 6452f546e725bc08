package com.tickmark.model.recon.match;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One record of one side of a recon: its id (unique on its side), where it was read, and its values
 * of the recon's fields, in the order of {@link ReconDefinition#fields()} ({@code null} where the
 * record does not carry the field). The engine checks the values' types against the fields.
 */
public final class ReconRecord {
  private final long id;
  private final SourceRef source;
  private final Object[] values;

  private ReconRecord(long id, SourceRef source, Object[] values) {
    this.id = id;
    this.source = Objects.requireNonNull(source, "source");
    this.values = values;
  }

  public static ReconRecord of(long id, SourceRef source, Object... values) {
    return new ReconRecord(id, source, values.clone());
  }

  public static ReconRecord of(long id, SourceRef source, List<?> values) {
    return new ReconRecord(id, source, values.toArray());
  }

  public long id() {
    return id;
  }

  public SourceRef source() {
    return source;
  }

  /** The value of the field at {@code index} in the definition, or {@code null}. */
  public Object value(int index) {
    return values[index];
  }

  public int size() {
    return values.length;
  }

  /** Equal when id, source and values are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReconRecord r
        && id == r.id
        && source.equals(r.source)
        && Arrays.equals(values, r.values);
  }

  /** Whether this record carries the same values as {@code other} (ids and sources aside). */
  boolean sameValues(ReconRecord other) {
    return Arrays.equals(values, other.values);
  }

  int valuesHash() {
    return Arrays.hashCode(values);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id) * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "#" + id + " " + source + " " + Arrays.toString(values);
  }
}
