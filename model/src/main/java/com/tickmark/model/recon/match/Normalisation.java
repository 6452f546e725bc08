package com.tickmark.model.recon.match;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a pass normalises text before comparing it: trimming (ends stripped, inner runs of blanks
 * made one space), case, punctuation (every character that is neither a letter, a digit nor a blank
 * is dropped), then the alias table of the field, if any.
 *
 * @param aliases alias tables by field name
 */
public record Normalisation(
    boolean trim, boolean ignoreCase, boolean removePunctuation, Map<String, AliasTable> aliases) {
  /** Text compared exactly as received. */
  public static final Normalisation NONE = new Normalisation(false, false, false, Map.of());

  /** Trim, ignore case, remove punctuation; no aliases. */
  public static final Normalisation STANDARD = new Normalisation(true, true, true, Map.of());

  public Normalisation {
    aliases = Map.copyOf(Objects.requireNonNull(aliases, "aliases"));
  }

  /** This normalisation with {@code table} applied to {@code field}. */
  public Normalisation withAliases(String field, AliasTable table) {
    Map<String, AliasTable> all = new HashMap<>(aliases);
    all.put(field, table);
    return new Normalisation(trim, ignoreCase, removePunctuation, all);
  }

  /** {@code text} trimmed, case-folded and stripped of punctuation as this normalisation says. */
  public String clean(String text) {
    if (isClean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingBlank = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (trim && Character.isWhitespace(c)) {
        pendingBlank = out.length() > 0;
        continue;
      }
      if (removePunctuation && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
        continue;
      }
      if (pendingBlank) {
        out.append(' ');
        pendingBlank = false;
      }
      out.append(ignoreCase ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  /**
   * Whether {@code text} is as {@link #clean} would make it (most references are): no copy then.
   */
  private boolean isClean(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        if (trim && (c != ' ' || i == 0 || i == n - 1 || text.charAt(i - 1) == ' ')) {
          return false;
        }
      } else if ((removePunctuation && !Character.isLetterOrDigit(c))
          || (ignoreCase && Character.toUpperCase(c) != c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether this normalisation leaves every text as it is and looks nothing up. */
  boolean isIdentity() {
    return !trim && !ignoreCase && !removePunctuation && aliases.isEmpty();
  }
}
