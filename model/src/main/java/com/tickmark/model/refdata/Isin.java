package com.tickmark.model.refdata;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An International Securities Identification Number (ISO 6166): two-letter country prefix, nine
 * alphanumeric characters and a check digit computed with the Luhn algorithm over the digits
 * obtained by replacing letters with their values (A=10 .. Z=35).
 */
public record Isin(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");

  public Isin {
    Objects.requireNonNull(value, "ISIN");
    problem(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("ISIN " + value + ": " + p);
            });
  }

  /**
   * What is wrong with {@code value} as an ISIN, in words that follow the field's name ("check
   * digit is wrong, expected 5"), or empty when it is one.
   */
  public static Optional<String> problem(String value) {
    if (!FORMAT.matcher(value).matches()) {
      return Optional.of("must be 2 letters, 9 letters or digits and a check digit");
    }
    int expected = checkDigit(value.substring(0, 11));
    if (value.charAt(11) - '0' != expected) {
      return Optional.of("check digit is wrong, expected " + expected);
    }
    return Optional.empty();
  }

  public static Isin parse(String text) {
    return new Isin(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
  }

  /** Builds a valid ISIN from its first eleven characters by appending the check digit. */
  public static Isin withCheckDigit(String firstEleven) {
    return new Isin(firstEleven + checkDigit(firstEleven));
  }

  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  /** The check digit for the first eleven characters of an ISIN. */
  public static int checkDigit(String firstEleven) {
    StringBuilder digits = new StringBuilder(22);
    for (char c : firstEleven.toCharArray()) {
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        digits.append(c - 'A' + 10);
      } else {
        throw new IllegalArgumentException(
            "ISIN may contain only capital letters and digits: '" + firstEleven + "'");
      }
    }
    int sum = 0;
    boolean doubleIt = true; // the rightmost digit of the payload is doubled
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
  }

  public String countryCode() {
    return value.substring(0, 2);
  }

  @Override
  public String toString() {
    return value;
  }
}
