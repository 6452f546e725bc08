package com.tickmark.model.refdata;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Business Identifier Code (ISO 9362): 4 letters bank, 2 letters country, 2 location, optional 3
 * branch.
 */
public record Bic(String value) {
  private static final Pattern FORMAT =
      Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

  public Bic {
    Objects.requireNonNull(value, "BIC");
    problem(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("BIC " + value + ": " + p);
            });
  }

  /**
   * What is wrong with {@code value} as a BIC, in words that follow the field's name, or empty when
   * it is one.
   */
  public static Optional<String> problem(String value) {
    return FORMAT.matcher(value).matches()
        ? Optional.empty()
        : Optional.of(
            "must be 8 or 11 characters: 4 letters (bank), 2 letters (country), 2 letters or"
                + " digits (location) and optionally 3 (branch)");
  }

  public static Bic parse(String text) {
    return new Bic(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
  }

  public String countryCode() {
    return value.substring(4, 6);
  }

  @Override
  public String toString() {
    return value;
  }
}
