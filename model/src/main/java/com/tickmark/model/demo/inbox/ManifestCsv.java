package com.tickmark.model.demo.inbox;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The demo's manifests beside the inbox ({@link FaultManifest}, {@link ExpectedMatchManifest}) as
 * CSV files: UTF-8, a header row, RFC 4180 quoting, CRLF.
 */
final class ManifestCsv {
  private ManifestCsv() {}

  /** Writes {@code rows} under {@code header}; {@code what} names the manifest in errors. */
  static void write(String what, Path csvFile, List<String> header, List<List<String>> rows) {
    try {
      Path parent = csvFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (BufferedWriter out = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8)) {
        out.write(Csv.line(header));
        out.write(Csv.EOL);
        for (List<String> row : rows) {
          out.write(Csv.line(row));
          out.write(Csv.EOL);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write the "
              + what.toLowerCase(Locale.ROOT)
              + " "
              + csvFile
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * The rows under the header of a manifest {@link #write} wrote, each with as many fields as the
   * header.
   *
   * @throws IllegalArgumentException when the file is not such a manifest, naming the line at fault
   */
  static List<Csv.Row> read(String what, Path csvFile, List<String> header) {
    String text;
    try {
      text = Files.readString(csvFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not read the "
              + what.toLowerCase(Locale.ROOT)
              + " "
              + csvFile
              + ": "
              + e.getMessage(),
          e);
    }
    List<Csv.Row> rows;
    try {
      rows = Csv.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " " + csvFile + ": " + e.getMessage(), e);
    }
    if (rows.isEmpty() || !rows.get(0).fields().equals(header)) {
      throw new IllegalArgumentException(
          what + " " + csvFile + " line 1: expected the header " + String.join(",", header));
    }
    for (Csv.Row row : rows.subList(1, rows.size())) {
      if (row.fields().size() != header.size()) {
        throw new IllegalArgumentException(
            what
                + " "
                + csvFile
                + " line "
                + row.line()
                + ": expected "
                + header.size()
                + " fields, found "
                + row.fields().size());
      }
    }
    return rows.subList(1, rows.size());
  }

  /** The whole number in field {@code index} of {@code row}. */
  static int number(String what, Path csvFile, Csv.Row row, int index) {
    try {
      return Integer.parseInt(row.field(index));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          what
              + " "
              + csvFile
              + " line "
              + row.line()
              + ": the line number '"
              + row.field(index)
              + "' is not a whole number",
          e);
    }
  }
}
