package com.tickmark.model.demo.inbox;

import com.tickmark.model.demo.InjectedFault;
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

  private static final String WHAT = "Fault manifest";

  public static void write(List<InjectedFault> faults, Path csvFile) {
    List<List<String>> rows = new ArrayList<>(faults.size());
    for (InjectedFault f : faults) {
      rows.add(
          List.of(
              f.kind(),
              f.file(),
              Integer.toString(f.line()),
              f.reference(),
              f.expected(),
              f.actual(),
              f.description()));
    }
    ManifestCsv.write(WHAT, csvFile, HEADER, rows);
  }

  /**
   * Reads a manifest {@link #write} wrote.
   *
   * @throws IllegalArgumentException when the file is not a fault manifest, naming the line at
   *     fault
   */
  public static List<InjectedFault> read(Path csvFile) {
    List<InjectedFault> faults = new ArrayList<>();
    for (Csv.Row row : ManifestCsv.read(WHAT, csvFile, HEADER)) {
      faults.add(
          new InjectedFault(
              row.field(0),
              row.field(1),
              ManifestCsv.number(WHAT, csvFile, row, 2),
              row.field(3),
              row.field(4),
              row.field(5),
              row.field(6)));
    }
    return faults;
  }
}
