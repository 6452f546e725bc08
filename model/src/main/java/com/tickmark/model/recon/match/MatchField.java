package com.tickmark.model.recon.match;

import java.util.Objects;

/** One field a recon compares, carried by the records of both sides under the same name. */
public record MatchField(String name, FieldKind kind) {
  public MatchField {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A recon field needs a name");
    }
    Objects.requireNonNull(kind, "kind");
  }

  public static MatchField text(String name) {
    return new MatchField(name, FieldKind.TEXT);
  }

  public static MatchField amount(String name) {
    return new MatchField(name, FieldKind.AMOUNT);
  }

  public static MatchField quantity(String name) {
    return new MatchField(name, FieldKind.QUANTITY);
  }

  public static MatchField price(String name) {
    return new MatchField(name, FieldKind.PRICE);
  }

  public static MatchField date(String name) {
    return new MatchField(name, FieldKind.DATE);
  }
}
