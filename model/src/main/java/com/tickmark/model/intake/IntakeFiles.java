package com.tickmark.model.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Incoming files: which reader reads them, their SHA-256 and their header row. */
public final class IntakeFiles {
  private IntakeFiles() {}

  /**
   * The rows of {@code file} in {@code layout}: a workbook's sheet ({@code sheet}, or the first
   * when null) or a CSV file's records.
   *
   * @throws IllegalArgumentException a sheet is named for a file that is not a workbook
   */
  public static RowSource rows(
      Path file, String sheet, IntakeLayout layout, ImportMonitor monitor) {
    if (WorkbookRows.isWorkbook(file)) {
      return new WorkbookRows(file, sheet, layout, monitor);
    }
    if (sheet != null) {
      throw new IllegalArgumentException(
          file.getFileName() + " is not an Excel workbook, so it has no sheet '" + sheet + "'.");
    }
    return CsvRows.of(file, layout, monitor);
  }

  /** Whether {@code file} is read as an Excel workbook rather than as text. */
  public static boolean isWorkbook(Path file) {
    return WorkbookRows.isWorkbook(file);
  }

  /**
   * The file's header: a CSV file's first non-blank line (without a byte-order mark), or a
   * workbook's first sheet's first row with a value, comma-separated. Used to map a new profile.
   *
   * @throws UncheckedIOException the file cannot be read (the message says why, naming it)
   */
  public static String headerLine(Path file) {
    try {
      if (isWorkbook(file)) {
        return WorkbookRows.firstRow(file, null, IntakeLayout.csv());
      }
      try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          if (!line.isBlank()) {
            return line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
          }
        }
        return "";
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          e instanceof WorkbookException
              ? e.getMessage()
              : "Could not read " + file + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * The SHA-256 of {@code file}'s bytes, 64 lower-case hex digits: what the re-import guard
   * compares.
   */
  public static String sha256(Path file) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        byte[] buffer = new byte[1 << 16];
        while (in.read(buffer) >= 0) {
          // digesting
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
    }
  }
}
