package com.tickmark.model.refdata;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A Market Identifier Code (ISO 10383) such as {@code XNYS}; {@code XOFF} means off venue. */
public record Mic(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{4}");

  public static final Mic XNYS = new Mic("XNYS");
  public static final Mic XNAS = new Mic("XNAS");
  public static final Mic XLON = new Mic("XLON");
  public static final Mic XETR = new Mic("XETR");
  public static final Mic XPAR = new Mic("XPAR");
  public static final Mic XOFF = new Mic("XOFF");

  public Mic {
    Objects.requireNonNull(value, "MIC");
    problem(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("MIC " + value + ": " + p);
            });
  }

  public static Mic parse(String text) {
    return new Mic(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * What is wrong with {@code value} as a MIC, in words that follow the field's name, or empty when
   * it is one.
   */
  public static Optional<String> problem(String value) {
    return FORMAT.matcher(value).matches()
        ? Optional.empty()
        : Optional.of("must be 4 capital letters or digits (ISO 10383), such as XNYS");
  }

  @Override
  public String toString() {
    return value;
  }
}
