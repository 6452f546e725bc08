package com.tickmark.model.recon.match;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One record of one side of a recon: its id (unique on its side), where it was read, and its values
 * of the recon's fields ({@link ReconDefinition#fields()}), in their order, {@code null} where the
 * record does not carry the field. The values' types are checked here, where the values are made,
 * so that a run over a million records need not look at each again.
 */
public final class ReconRecord {
  private final List<MatchField> fields;
  private final long id;
  private final SourceRef source;
  private final Object[] values;

  private ReconRecord(List<MatchField> fields, long id, SourceRef source, Object[] values) {
    this.fields = fields;
    this.id = id;
    this.source = Objects.requireNonNull(source, "source");
    this.values = values;
    if (values.length != fields.size()) {
      throw new IllegalArgumentException(
          "Record "
              + id
              + " ("
              + source
              + ") carries "
              + values.length
              + " values for "
              + fields.size()
              + " fields");
    }
    for (int f = 0; f < values.length; f++) {
      Class<?> type = fields.get(f).kind().type();
      if (values[f] != null && !type.isInstance(values[f])) {
        throw new IllegalArgumentException(
            "Record "
                + id
                + " ("
                + source
                + "): "
                + fields.get(f).name()
                + " must be a "
                + type.getSimpleName()
                + ", not "
                + values[f].getClass().getSimpleName());
      }
    }
  }

  /**
   * A record of a recon with {@code fields} (pass the definition's list, which is then shared), its
   * values given in the fields' order.
   */
  public static ReconRecord of(
      List<MatchField> fields, long id, SourceRef source, Object... values) {
    return new ReconRecord(List.copyOf(fields), id, source, values.clone());
  }

  /** The fields this record carries values of. */
  public List<MatchField> fields() {
    return fields;
  }

  public long id() {
    return id;
  }

  public SourceRef source() {
    return source;
  }

  /** The value of the field at {@code index} in the fields, or {@code null}. */
  public Object value(int index) {
    return values[index];
  }

  /** Equal when fields, id, source and values are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReconRecord r
        && id == r.id
        && source.equals(r.source)
        && fields.equals(r.fields)
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
