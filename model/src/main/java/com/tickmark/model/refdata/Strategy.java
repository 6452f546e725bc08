package com.tickmark.model.refdata;

import java.util.Objects;

/** An algorithmic trading strategy; each runs one or more books. */
public record Strategy(String code, String name, String description) {
  public Strategy {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("Strategy code must not be empty");
    }
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
  }
}
