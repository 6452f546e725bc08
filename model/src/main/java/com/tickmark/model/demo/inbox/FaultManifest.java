package com.tickmark.model.demo.inbox;

import com.tickmark.model.demo.InjectedFault;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of faults injected into an inbox, as a CSV file (UTF-8, header row, RFC 4180 quoting,
 * CRLF): {@code kind,file,line,reference,expected,actual,description}. Tests of reconciliations
 * read it back to check that each fault is found.
 */
public final class FaultManifest {
  public static final List<String> HEADER =
      List.of("kind", "file", "line", "reference", "expected", "actual", "description");

  private FaultManifest() {}

  public static void write(List<InjectedFault> faults, Path csvFile) {
    try {
      Path parent = csvFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (BufferedWriter out = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8)) {
        out.write(Csv.line(HEADER));
        out.write(Csv.EOL);
        for (InjectedFault f : faults) {
          out.write(
              Csv.line(
                  f.kind(),
                  f.file(),
                  Integer.toString(f.line()),
                  f.reference(),
                  f.expected(),
                  f.actual(),
                  f.description()));
          out.write(Csv.EOL);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write the fault manifest " + csvFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a manifest {@link #write} wrote.
   *
   * @throws IllegalArgumentException when the file is not a fault manifest, naming the line at
   *     fault
   */
  public static List<InjectedFault> read(Path csvFile) {
    String text;
    try {
      text = Files.readString(csvFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not read the fault manifest " + csvFile + ": " + e.getMessage(), e);
    }
    List<Csv.Row> rows;
    try {
      rows = Csv.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Fault manifest " + csvFile + ": " + e.getMessage(), e);
    }
    if (rows.isEmpty() || !rows.get(0).fields().equals(HEADER)) {
      throw new IllegalArgumentException(
          "Fault manifest " + csvFile + " line 1: expected the header " + String.join(",", HEADER));
    }
    List<InjectedFault> faults = new ArrayList<>(rows.size() - 1);
    for (Csv.Row row : rows.subList(1, rows.size())) {
      if (row.fields().size() != HEADER.size()) {
        throw new IllegalArgumentException(
            "Fault manifest "
                + csvFile
                + " line "
                + row.line()
                + ": expected "
                + HEADER.size()
                + " fields, found "
                + row.fields().size());
      }
      int line;
      try {
        line = Integer.parseInt(row.field(2));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "Fault manifest "
                + csvFile
                + " line "
                + row.line()
                + ": the line number '"
                + row.field(2)
                + "' is not a whole number",
            e);
      }
      faults.add(
          new InjectedFault(
              row.field(0),
              row.field(1),
              line,
              row.field(3),
              row.field(4),
              row.field(5),
              row.field(6)));
    }
    return faults;
  }
}
