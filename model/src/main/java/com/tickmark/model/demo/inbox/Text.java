package com.tickmark.model.demo.inbox;

import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** How amounts, quantities and dates are spelled in the inbox files. */
final class Text {
  private Text() {}

  /** Money: two decimals, half-even. */
  static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  static String moneyText(BigDecimal amount) {
    return money(amount).toPlainString();
  }

  /** A quantity without trailing zeros and never in exponent form: 100, 12.5. */
  static String quantity(BigDecimal quantity) {
    if (quantity.scale() <= 0) {
      return quantity.toPlainString();
    }
    if (quantity.signum() == 0) {
      return "0";
    }
    return quantity.stripTrailingZeros().toPlainString();
  }

  static String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** yyyyMMdd, as in file names. */
  static String basic(LocalDate date) {
    return date.getYear() + two(date.getMonthValue()) + two(date.getDayOfMonth());
  }

  /** yyMMdd, as in MT940 dates. */
  static String yymmdd(LocalDate date) {
    return two(date.getYear() % 100) + two(date.getMonthValue()) + two(date.getDayOfMonth());
  }

  /** MMdd, the MT940 entry date. */
  static String mmdd(LocalDate date) {
    return two(date.getMonthValue()) + two(date.getDayOfMonth());
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /**
   * The trade's id as the firm shows it, {@code T00000123} (as {@link TradeId#display()}, without
   * its formatter).
   */
  static String tradeRef(TradeId id) {
    return "T" + pad(id.value(), 8);
  }

  /** A code that is safe in a file name: letters, digits, dot and hyphen. */
  static String fileCode(String code) {
    StringBuilder out = new StringBuilder(code.length());
    for (char c : code.trim().toCharArray()) {
      out.append(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' ? c : '-');
    }
    return out.toString();
  }

  /** Only the ASCII letters and digits, in capitals: {@code cash-usd} gives {@code CASHUSD}. */
  static String alnum(String code) {
    StringBuilder out = new StringBuilder(code.length());
    for (char c : code.toCharArray()) {
      if (c < 128 && Character.isLetterOrDigit(c)) {
        out.append(Character.toUpperCase(c));
      }
    }
    return out.toString();
  }

  /** Line breaks and tabs as blanks, so that a value stays on its line. */
  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    if (text.indexOf('\r') < 0 && text.indexOf('\n') < 0 && text.indexOf('\t') < 0) {
      return text;
    }
    return text.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }

  /**
   * Only characters of the SWIFT 'x' set (letters, digits, / - ? : ( ) . , ' + and blank); others
   * become '-'.
   */
  static String swift(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      boolean ok =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || "/-?:().,'+ ".indexOf(c) >= 0;
      out.append(ok ? c : '-');
    }
    return out.toString();
  }

  /** Escapes the five XML special characters. */
  static String xml(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String rep =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&apos;";
            default -> null;
          };
      if (rep != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (rep != null) {
          out.append(rep);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  static String pad(long number, int width) {
    String digits = Long.toString(number);
    if (digits.length() >= width) {
      return digits;
    }
    return "0".repeat(width - digits.length()) + digits;
  }
}
