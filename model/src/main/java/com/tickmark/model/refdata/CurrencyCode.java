package com.tickmark.model.refdata;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An ISO 4217 alphabetic currency code such as {@code USD}. */
public record CurrencyCode(String code) implements Comparable<CurrencyCode> {
  private static final Pattern FORMAT = Pattern.compile("[A-Z]{3}");

  public static final CurrencyCode USD = new CurrencyCode("USD");
  public static final CurrencyCode EUR = new CurrencyCode("EUR");
  public static final CurrencyCode GBP = new CurrencyCode("GBP");

  public CurrencyCode {
    Objects.requireNonNull(code, "currency code");
    if (!FORMAT.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "Currency code must be three capital letters (ISO 4217): '" + code + "'");
    }
  }

  public static CurrencyCode of(String code) {
    return new CurrencyCode(code == null ? null : code.trim().toUpperCase(Locale.ROOT));
  }

  @Override
  public int compareTo(CurrencyCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
