package com.tickmark.model.refdata;

import java.util.Locale;
import java.util.Map;
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

  /** The country (ISO 3166 alpha-2) of the venues whose country Tickmark knows. */
  private static final Map<String, String> COUNTRIES =
      Map.ofEntries(
          Map.entry("XNYS", "US"),
          Map.entry("XNAS", "US"),
          Map.entry("ARCX", "US"),
          Map.entry("BATS", "US"),
          Map.entry("XASE", "US"),
          Map.entry("XLON", "GB"),
          Map.entry("XETR", "DE"),
          Map.entry("XFRA", "DE"),
          Map.entry("XPAR", "FR"),
          Map.entry("XAMS", "NL"),
          Map.entry("XBRU", "BE"),
          Map.entry("XMIL", "IT"),
          Map.entry("XMAD", "ES"),
          Map.entry("XSWX", "CH"),
          Map.entry("XTSE", "CA"));

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

  /**
   * The country the venue is in (ISO 3166 alpha-2), for the venues Tickmark knows (the US, UK and
   * main European and Canadian exchanges); empty for others and for {@link #XOFF}.
   */
  public Optional<String> country() {
    return Optional.ofNullable(COUNTRIES.get(value));
  }

  @Override
  public String toString() {
    return value;
  }
}
