package com.tickmark.model.refdata;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Legal Entity Identifier (ISO 17442): 18 alphanumerics and two check digits (ISO 7064 mod
 * 97-10).
 */
public record Lei(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{18}[0-9]{2}");
  private static final Pattern PREFIX = Pattern.compile("[A-Z0-9]{18}");
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  public Lei {
    Objects.requireNonNull(value, "LEI");
    problem(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("LEI " + value + ": " + p);
            });
  }

  /**
   * What is wrong with {@code value} as an LEI, in words that follow the field's name ("check
   * digits are wrong, expected 47"), or empty when it is one.
   */
  public static Optional<String> problem(String value) {
    if (!FORMAT.matcher(value).matches()) {
      return Optional.of("must be 18 letters or digits and 2 check digits");
    }
    if (mod97(value) != 1) {
      return Optional.of(
          "check digits are wrong, expected "
              + checkDigits(value.substring(0, 18))
              + " (ISO 7064 mod 97-10)");
    }
    return Optional.empty();
  }

  public static Lei parse(String text) {
    return new Lei(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
  }

  /** Builds a valid LEI from its first eighteen characters by appending the check digits. */
  public static Lei withCheckDigits(String firstEighteen) {
    Objects.requireNonNull(firstEighteen, "LEI prefix");
    if (!PREFIX.matcher(firstEighteen).matches()) {
      throw new IllegalArgumentException(
          "LEI check digits need 18 capital letters or digits before them: '"
              + firstEighteen
              + "'");
    }
    return new Lei(firstEighteen + checkDigits(firstEighteen));
  }

  private static String checkDigits(String firstEighteen) {
    int check = 98 - mod97(firstEighteen + "00");
    return (check < 10 ? "0" : "") + check;
  }

  private static int mod97(String text) {
    StringBuilder digits = new StringBuilder(40);
    for (char c : text.toCharArray()) {
      digits.append(c >= '0' && c <= '9' ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
  }

  @Override
  public String toString() {
    return value;
  }
}
