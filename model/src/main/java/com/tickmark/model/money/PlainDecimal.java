package com.tickmark.model.money;

import java.math.BigDecimal;

/**
 * A number as people write quantities, prices and amounts: an optional sign, digits and a decimal
 * point. Scientific notation ({@code 1e6}) is refused wherever a number is typed or read from a
 * file, because it hides how large the number is.
 */
public final class PlainDecimal {
  private PlainDecimal() {}

  /** Whether {@code text} is written with an exponent ({@code 1e6}, {@code 2.5E-3}). */
  public static boolean isScientific(String text) {
    return text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
  }

  /**
   * The number {@code text} writes out.
   *
   * @throws NumberFormatException when it is not a number, or is in scientific notation (the
   *     message says which)
   */
  public static BigDecimal parse(String text) {
    if (isScientific(text)) {
      throw new NumberFormatException(
          "'" + text + "' is in scientific notation; write the number out in full");
    }
    return new BigDecimal(text);
  }
}
