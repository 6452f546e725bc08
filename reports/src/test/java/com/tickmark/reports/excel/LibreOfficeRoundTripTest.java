package com.tickmark.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tickmark.model.report.ColumnKind;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportLine;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.reports.SampleReports;
import com.tickmark.reports.ValueFormat;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a rendered workbook in LibreOffice (headless), exports every sheet to CSV as the cells are
 * shown, and compares what a user would see with the report model. Runs only where {@code soffice}
 * is on the PATH; LibreOffice gets a profile in a temporary folder, never the user's.
 */
class LibreOfficeRoundTripTest {
  private static final String CSV_FILTER =
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
  private static Path soffice;

  @BeforeAll
  static void findLibreOffice() {
    soffice = onPath("soffice");
    assumeTrue(
        soffice != null,
        "soffice (LibreOffice) is not on the PATH; install it (Debian: libreoffice-calc-nogui) to"
            + " run this test");
  }

  static Path onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String folder : path.split(File.pathSeparator)) {
      for (String name : List.of(program, program + ".exe")) {
        Path candidate = Path.of(folder, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  static Report report() {
    Report sample = SampleReports.pnlByBook();
    return Report.builder(sample.title())
        .subtitle(sample.subtitle())
        .asOf(SampleReports.AS_OF)
        .runBy(sample.runBy(), sample.runAt())
        .section(sample.sections().get(0))
        .section(sample.sections().get(1))
        .section(SampleReports.generated("Trades", 700, 250))
        .build();
  }

  @Test
  void libreOfficeShowsTheValuesOfTheModel(@TempDir Path folder) throws Exception {
    Report report = report();
    Path workbook = folder.resolve("report.xlsx");
    new ExcelRenderer().render(report, workbook);
    Path out = Files.createDirectories(folder.resolve("csv"));
    convert(folder, workbook, out);

    Path parameters = out.resolve("report-Parameters.csv");
    assumeTrue(
        Files.exists(parameters),
        "this LibreOffice exports only the first sheet to CSV (needs 7.2 or newer)");
    List<List<String>> shown = readCsv(parameters);
    assertThat(shown.get(0)).first().isEqualTo("P&L by book");
    assertThat(shown)
        .contains(List.of("As of", "2026-03-31"), List.of("Run at", "2026-03-31 18:05:12 UTC"));

    for (ReportSection section : report.sections()) {
      Path csv = out.resolve("report-" + section.name() + ".csv");
      assertThat(csv).as("sheet of section %s", section.name()).exists();
      List<List<String>> rows = readCsv(csv);
      List<List<String>> expected = expectedRows(section);
      assertThat(rows).hasSameSizeAs(expected);
      for (int r = 0; r < expected.size(); r++) {
        assertThat(normalise(rows.get(r), expected.get(r).size()))
            .as("%s, sheet row %d", section.name(), r + 1)
            .isEqualTo(expected.get(r));
      }
    }
  }

  private static void convert(Path folder, Path workbook, Path out)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
            soffice.toString(),
            "-env:UserInstallation=" + folder.resolve("profile").toUri(),
            "--headless",
            "--norestore",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            out.toString(),
            workbook.toString());
    builder.environment().put("HOME", folder.toString());
    builder.redirectErrorStream(true);
    builder.redirectOutput(folder.resolve("soffice.log").toFile());
    Process process = builder.start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(
          "LibreOffice did not finish converting within 3 minutes: "
              + Files.readString(folder.resolve("soffice.log")));
    }
    assertThat(process.exitValue()).as(Files.readString(folder.resolve("soffice.log"))).isZero();
  }

  /** The sheet as a user sees it: header, then each line with its cells formatted. */
  static List<List<String>> expectedRows(ReportSection section) {
    ValueFormat format = new ValueFormat();
    List<ReportColumn> columns = section.columns();
    List<List<String>> rows = new ArrayList<>();
    rows.add(columns.stream().map(ReportColumn::name).toList());
    try (Stream<ReportLine> lines = section.lines()) {
      lines.forEach(
          line -> {
            List<String> cells = new ArrayList<>();
            ReportRow values;
            String label = null;
            String groupCurrency = null;
            if (line instanceof ReportLine.Detail detail) {
              values = detail.row();
            } else if (line instanceof ReportLine.Subtotal subtotal) {
              values = subtotal.totals();
              label = subtotal.label();
              groupCurrency = String.valueOf(subtotal.groupValue());
            } else {
              values = ((ReportLine.GrandTotal) line).totals();
              label = ((ReportLine.GrandTotal) line).label();
            }
            for (int c = 0; c < columns.size(); c++) {
              ReportColumn column = columns.get(c);
              Object value = values.get(c);
              if (label != null && c == section.labelColumn()) {
                cells.add(label);
              } else if (value == null) {
                cells.add("");
              } else if (column.kind() == ColumnKind.MONEY) {
                String currency =
                    column.currency() != null
                        ? column.currency()
                        : label != null
                            ? groupCurrency
                            : (String) values.get(section.columnIndex(column.currencyColumn()));
                cells.add(format.format(column, value) + " " + currency);
              } else {
                cells.add(format.format(column, value));
              }
            }
            rows.add(cells);
          });
    }
    return rows;
  }

  /** Collapses the padding a money format adds, and pads short rows with empty cells. */
  private static List<String> normalise(List<String> row, int width) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      cells.add(c < row.size() ? row.get(c).replaceAll("\\s+", " ").strip() : "");
    }
    return cells;
  }

  /** Reads comma-separated values with double-quoted fields, as LibreOffice writes them. */
  static List<List<String>> readCsv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  @Test
  void readsQuotedCsvFields() throws IOException {
    Path file = Files.createTempFile("tickmark-csv", ".csv");
    try {
      Files.writeString(file, "a,\"b,c\",\"say \"\"hi\"\"\"\r\n,x\n");
      assertThat(readCsv(file))
          .containsExactly(Arrays.asList("a", "b,c", "say \"hi\""), Arrays.asList("", "x"));
    } finally {
      Files.delete(file);
    }
  }
}
