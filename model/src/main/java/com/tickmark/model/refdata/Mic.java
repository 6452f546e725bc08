package com.tickmark.model.refdata;

import java.util.Objects;
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
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "MIC must be 4 capital letters or digits: '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
