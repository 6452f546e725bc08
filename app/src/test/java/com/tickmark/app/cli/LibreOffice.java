package com.tickmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens a workbook in LibreOffice Calc, headless, and reads a sheet back as the cells are shown.
 * LibreOffice gets a profile and a home in a temporary folder, never the user's.
 */
final class LibreOffice {
  /** Comma-separated, double quotes, UTF-8, cells as shown, every sheet to its own file. */
  private static final String CSV_FILTER =
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

  private LibreOffice() {}

  /** {@code soffice} on the PATH, or null. */
  static Path onPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String folder : path.split(File.pathSeparator)) {
      Path candidate = Path.of(folder, "soffice");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The rows of {@code sheet} as LibreOffice shows them, converted in {@code folder}. */
  static List<List<String>> sheetAsShown(Path soffice, Path workbook, String sheet, Path folder)
      throws IOException, InterruptedException {
    Path csv = Files.createDirectories(folder.resolve("csv"));
    Path log = folder.resolve("soffice.log");
    ProcessBuilder builder =
        new ProcessBuilder(
            soffice.toString(),
            "-env:UserInstallation=" + folder.resolve("profile").toUri(),
            "--headless",
            "--norestore",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            csv.toString(),
            workbook.toString());
    builder.environment().put("HOME", folder.toString());
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(
          "LibreOffice did not convert "
              + workbook
              + " within 3 minutes: "
              + Files.readString(log));
    }
    assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    String base = workbook.getFileName().toString().replaceFirst("\\.xlsx$", "");
    Path file = csv.resolve(base + "-" + sheet + ".csv");
    assertThat(file)
        .as("LibreOffice 7.2 or newer writes one CSV per sheet; found " + listing(csv))
        .exists();
    return read(file);
  }

  private static List<String> listing(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Comma-separated values with double-quoted fields; cells trimmed and runs of spaces collapsed
   * (money formats pad).
   */
  static List<List<String>> read(Path file) throws IOException {
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
        row.add(clean(field));
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(clean(field));
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(clean(field));
      rows.add(row);
    }
    return rows;
  }

  private static String clean(StringBuilder field) {
    return field.toString().replaceAll("\\s+", " ").strip();
  }
}
