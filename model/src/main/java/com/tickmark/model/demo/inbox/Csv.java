package com.tickmark.model.demo.inbox;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
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
   * Parses a whole CSV text with FastCSV. Accepts CRLF and LF line ends and quoted fields spanning
   * lines; a blank line yields no record. A quote never closed takes the rest of the text into its
   * field, which the callers' field-count checks then refuse at that record's line.
   *
   * @throws IllegalArgumentException when text follows a closing quote, naming the line
   */
  public static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(text)) {
      for (CsvRecord r : reader) {
        rows.add(new Row(Math.toIntExact(r.getStartingLineNumber()), r.getFields()));
      }
    } catch (CsvParseException e) {
      throw new IllegalArgumentException(
          e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
