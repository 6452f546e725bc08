package com.tickmark.model.demo.inbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: a field is quoted when it holds a comma, a quote,
 * a line break or leading or trailing blanks, and a quote inside a quoted field is doubled.
 */
public final class Csv {
  /** The line separator every CSV file of the inbox uses (RFC 4180). */
  public static final String EOL = "\r\n";

  private Csv() {}

  /** One parsed record and the 1-based line of the file it starts on. */
  public record Row(int line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }

    public String field(int index) {
      return fields.get(index);
    }
  }

  /** The fields joined into one line, each quoted when it needs to be (no line separator). */
  public static String line(List<String> fields) {
    StringBuilder out = new StringBuilder(fields.size() * 12);
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      appendField(out, fields.get(i));
    }
    return out.toString();
  }

  public static String line(String... fields) {
    return line(List.of(fields));
  }

  static void appendField(StringBuilder out, String field) {
    String text = field == null ? "" : field;
    if (needsQuotes(text)) {
      out.append('"').append(text.replace("\"", "\"\"")).append('"');
    } else {
      out.append(text);
    }
  }

  private static boolean needsQuotes(String text) {
    if (text.isEmpty()) {
      return false;
    }
    if (Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1))) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses a whole CSV text. Accepts CRLF and LF line ends and quoted fields spanning lines; a
   * blank line yields no record.
   *
   * @throws IllegalArgumentException when a quoted field is not closed or text follows a closing
   *     quote, naming the line
   */
  public static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowStart = 1;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean rowHasContent = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        rowHasContent = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (rowHasContent || field.length() > 0 || afterQuote) {
          fields.add(field.toString());
          rows.add(new Row(rowStart, fields));
        }
        fields = new ArrayList<>();
        field.setLength(0);
        afterQuote = false;
        rowHasContent = false;
        line++;
        rowStart = line;
      } else if (c == '"' && field.length() == 0 && !afterQuote) {
        quoted = true;
        rowHasContent = true;
      } else if (afterQuote) {
        throw new IllegalArgumentException(
            "Line " + line + ": unexpected '" + c + "' after a closing quote");
      } else {
        field.append(c);
        rowHasContent = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("Line " + rowStart + ": a quoted field is never closed");
    }
    if (rowHasContent || field.length() > 0 || afterQuote) {
      fields.add(field.toString());
      rows.add(new Row(rowStart, fields));
    }
    return rows;
  }
}
