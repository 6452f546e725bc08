package com.tickmark.app.ui.table;

import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What a screen may shorten and what it must show whole. A number, an amount, a date, a code or an
 * id ({@code 1,234.56}, {@code 2025-11-20}, {@code STATARB-US}, {@code 206 trades}) is never cut: a
 * cut one reads as another value ({@code STATARB...} for two different books). Longer free text (a
 * name, a reason) may end in an ellipsis when it offers its whole text in a tooltip.
 */
public final class Clipping {
  /** A token holding a digit: a number, an amount, a date, a time, an id with a number in it. */
  private static final Pattern NUMBER = Pattern.compile(".*\\d.*");

  /** A token in capitals (a currency, a status, a book or broker code): two or more of them. */
  private static final Pattern CODE =
      Pattern.compile("[(\\[]?[A-Z][A-Z0-9_./:#&+-]*[A-Z0-9][)\\],;:.]?");

  /** The most words a value has: a currency and an amount, an amount and its unit. */
  private static final int VALUE_WORDS = 3;

  /** Room in a column header for the arrow that shows the table is sorted by it. */
  private static final double SORT_ARROW = 18;

  private Clipping() {}

  /**
   * Whether {@code text} is a value that must be read whole: one word (a status, a type: "Trading"
   * cut to "Trad..." says nothing), or a few words, at least half of them numbers or codes.
   */
  public static boolean isValue(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String[] words = text.strip().split("\\s+");
    if (words.length == 1) {
      return true;
    }
    if (words.length > VALUE_WORDS) {
      return false;
    }
    int values = 0;
    for (String w : words) {
      if (isNumberOrCode(w)) {
        values++;
      }
    }
    return values * 2 >= words.length;
  }

  private static boolean isNumberOrCode(String word) {
    return NUMBER.matcher(word).matches() || CODE.matcher(word).matches();
  }

  /**
   * Whether showing {@code shown} in place of {@code full} hides part of a value: {@code full} is a
   * value, or the part cut away (with the word it starts in) holds a number or a code.
   */
  public static boolean hidesValue(String full, String shown) {
    if (full == null || full.equals(shown)) {
      return false;
    }
    if (isValue(full)) {
      return true;
    }
    String s = shown == null ? "" : shown;
    int prefix = 0;
    while (prefix < full.length()
        && prefix < s.length()
        && full.charAt(prefix) == s.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < full.length() - prefix
        && suffix < s.length() - prefix
        && full.charAt(full.length() - 1 - suffix) == s.charAt(s.length() - 1 - suffix)) {
      suffix++;
    }
    int start = prefix;
    while (start > 0 && !Character.isWhitespace(full.charAt(start - 1))) {
      start--; // the word the cut starts in is cut too
    }
    int end = full.length() - suffix;
    while (end < full.length() && !Character.isWhitespace(full.charAt(end))) {
      end++;
    }
    for (String w : full.substring(start, end).strip().split("\\s+")) {
      if (!w.isEmpty() && isNumberOrCode(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text a label shows now (after its skin shortened it to fit), or its own text before it has
   * a skin.
   */
  public static String shownText(Labeled labeled) {
    for (Node child : labeled.getChildrenUnmodifiable()) {
      if (child instanceof Text text && child.getStyleClass().contains("text")) {
        return text.getText();
      }
    }
    return labeled.getText();
  }

  /** Whether a label shows less than its text (its skin put an ellipsis in). */
  public static boolean isCut(Labeled labeled) {
    String full = labeled.getText();
    if (full == null || full.isEmpty()) {
      return false;
    }
    String shown = shownText(labeled);
    if (labeled.isMnemonicParsing()) {
      full = full.replaceFirst("_", "");
    }
    return shown != null && !shown.equals(full);
  }

  /**
   * The width a label needs to show its whole text (each of its lines), its graphic and its
   * padding. (A table cell's own preferred width is its column's.)
   */
  public static double wholeWidth(Labeled labeled) {
    double text = 0;
    for (String line : labeled.getText().split("\n")) {
      text = Math.max(text, textWidth(line, labeled.getFont()));
    }
    Node graphic = labeled.getGraphic();
    double beside =
        graphic == null || !graphic.isVisible()
            ? 0
            : graphic.prefWidth(-1) + labeled.getGraphicTextGap();
    return Math.ceil(text + beside + labeled.snappedLeftInset() + labeled.snappedRightInset()) + 1;
  }

  /**
   * A label that wraps its text between words and never inside one: it is never narrower than its
   * widest word, so that a code, an id, a path or an amount is never broken across lines.
   */
  public static Label wrapping(String text) {
    Label label =
        new Label(text) {
          @Override
          protected double computeMinWidth(double height) {
            return widestWord(this);
          }
        };
    label.setWrapText(true);
    return label;
  }

  /** The width of a label's widest word, with its padding. */
  private static double widestWord(Labeled labeled) {
    double widest = 0;
    for (String word : labeled.getText().split("\\s+")) {
      widest = Math.max(widest, textWidth(word, labeled.getFont()));
    }
    return Math.ceil(widest + labeled.snappedLeftInset() + labeled.snappedRightInset()) + 1;
  }

  /**
   * The width a table column needs to show its whole title in its header, with room for the sort
   * arrow; 0 while the table has no headers yet.
   */
  public static double headerWidth(Control table, TableColumnBase<?, ?> column) {
    for (Node n : table.lookupAll(".column-header")) {
      if (n instanceof TableColumnHeader header
          && header.getTableColumn() == column
          && header.lookup(".label") instanceof Label label) {
        label.applyCss();
        return Math.ceil(
            textWidth(column.getText(), label.getFont())
                + label.snappedLeftInset()
                + label.snappedRightInset()
                + header.snappedLeftInset()
                + header.snappedRightInset()
                + SORT_ARROW);
      }
    }
    return 0;
  }

  /** The width {@code text} takes in {@code font}, in pixels (rounded up). */
  public static double textWidth(String text, Font font) {
    Text probe = new Text(text);
    probe.setFont(font);
    return Math.ceil(probe.getLayoutBounds().getWidth());
  }
}
