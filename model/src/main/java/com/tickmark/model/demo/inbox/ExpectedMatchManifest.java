package com.tickmark.model.demo.inbox;

import com.tickmark.model.demo.ExpectedMatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of bank entries the generator wrote messily although they agree with the books, as a CSV
 * file beside the fault manifest (same style): {@code
 * kind,file,line,reference,pass,ours,description}. Tests of the cash recon read it back to check
 * that each is matched by the pass named.
 */
public final class ExpectedMatchManifest {
  public static final List<String> HEADER =
      List.of("kind", "file", "line", "reference", "pass", "ours", "description");

  private static final String WHAT = "Expected-match manifest";

  private ExpectedMatchManifest() {}

  public static void write(List<ExpectedMatch> matches, Path csvFile) {
    List<List<String>> rows = new ArrayList<>(matches.size());
    for (ExpectedMatch m : matches) {
      rows.add(
          List.of(
              m.kind(),
              m.file(),
              Integer.toString(m.line()),
              m.reference(),
              m.pass(),
              m.ours(),
              m.description()));
    }
    ManifestCsv.write(WHAT, csvFile, HEADER, rows);
  }

  /**
   * Reads a manifest {@link #write} wrote.
   *
   * @throws IllegalArgumentException when the file is not such a manifest, naming the line at fault
   */
  public static List<ExpectedMatch> read(Path csvFile) {
    List<ExpectedMatch> matches = new ArrayList<>();
    for (Csv.Row row : ManifestCsv.read(WHAT, csvFile, HEADER)) {
      matches.add(
          new ExpectedMatch(
              row.field(0),
              row.field(1),
              ManifestCsv.number(WHAT, csvFile, row, 2),
              row.field(3),
              row.field(4),
              row.field(5),
              row.field(6)));
    }
    return matches;
  }
}
