package com.tickmark.reports.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, no
 * apostrophe at either end, not the reserved name "History", and unique within the workbook
 * regardless of case ("Positions", then "Positions (2)").
 */
public final class SheetNames {
  public static final int MAX_LENGTH = 31;
  private static final String FORBIDDEN = "[]:*?/\\";
  private final Set<String> used = new HashSet<>();

  /** A valid name, close to the wanted one, not handed out before by this instance. */
  public String unique(String wanted) {
    String base = sanitize(wanted);
    String candidate = base;
    for (int n = 2; !used.add(key(candidate)); n++) {
      String suffix = " (" + n + ")";
      candidate = truncate(base, MAX_LENGTH - suffix.length()).strip() + suffix;
    }
    return candidate;
  }

  /** A name Excel accepts, as close to the wanted one as possible (not checked for uniqueness). */
  public static String sanitize(String wanted) {
    StringBuilder name = new StringBuilder();
    String source = wanted == null ? "" : wanted;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (FORBIDDEN.indexOf(c) >= 0) {
        name.append('-');
      } else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
        name.append(' ');
      } else {
        name.append(c);
      }
    }
    String clean = trimApostrophes(name.toString().replaceAll(" {2,}", " "));
    clean = trimApostrophes(truncate(clean, MAX_LENGTH));
    if (clean.isEmpty()) {
      return "Sheet";
    }
    if (clean.equalsIgnoreCase("History")) {
      return clean + " sheet";
    }
    return clean;
  }

  private static String trimApostrophes(String name) {
    String trimmed = name.strip();
    while (trimmed.startsWith("'")) {
      trimmed = trimmed.substring(1).strip();
    }
    while (trimmed.endsWith("'")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
    }
    return trimmed;
  }

  private static String truncate(String name, int length) {
    if (name.length() <= length) {
      return name;
    }
    int end = Character.isHighSurrogate(name.charAt(length - 1)) ? length - 1 : length;
    return name.substring(0, end);
  }

  private static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
