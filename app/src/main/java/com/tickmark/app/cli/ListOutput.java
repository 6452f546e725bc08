package com.tickmark.app.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How every list command prints its rows: a table for people (columns as wide as their widest
 * value, headed in capitals, numbers right-aligned) or, with {@code --format csv}, RFC 4180 CSV for
 * scripts (a header row, then the values as given: ISO dates, plain numbers).
 */
public final class ListOutput {
  /** The {@code --format} of a list command. */
  public enum Format {
    table,
    csv
  }

  private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

  private ListOutput() {}

  public static void print(
      PrintStream out, Format format, List<String> header, List<List<String>> rows) {
    if (format == Format.csv) {
      StringWriter text = new StringWriter();
      try (CsvWriter csv = CsvWriter.builder().build(text)) {
        csv.writeRecord(header);
        rows.forEach(csv::writeRecord);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.print(text);
    } else {
      printTable(out, header, rows);
    }
  }

  private static void printTable(PrintStream out, List<String> header, List<List<String>> rows) {
    int columns = header.size();
    int[] widths = new int[columns];
    boolean[] numeric = new boolean[columns];
    for (int i = 0; i < columns; i++) {
      widths[i] = header.get(i).length();
      numeric[i] = !rows.isEmpty();
      for (List<String> r : rows) {
        String cell = r.get(i);
        widths[i] = Math.max(widths[i], cell.length());
        numeric[i] &= cell.isEmpty() || NUMBER.matcher(cell).matches();
      }
    }
    out.println(
        line(header.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList(), widths, numeric));
    rows.forEach(r -> out.println(line(r, widths, numeric)));
  }

  private static String line(List<String> cells, int[] widths, boolean[] numeric) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append("  ");
      }
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      if (numeric[i]) {
        b.append(pad).append(cell);
      } else {
        b.append(cell);
        if (i < cells.size() - 1) {
          b.append(pad);
        }
      }
    }
    return b.toString();
  }
}
