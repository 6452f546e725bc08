package com.tickmark.app.imports;

import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.imports.ImportMode;
import com.tickmark.model.trade.imports.ImportMonitor;
import com.tickmark.model.trade.imports.ImportPreview;
import com.tickmark.model.trade.imports.ImportProfile;
import com.tickmark.model.trade.imports.ImportRefusedException;
import com.tickmark.model.trade.imports.ImportResult;
import com.tickmark.model.trade.imports.ImportSource;
import com.tickmark.model.trade.imports.TradeImportService;
import com.tickmark.reports.excel.WorkbookException;
import com.tickmark.reports.excel.WorkbookText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Trade files of either kind, CSV or Excel, for the import command and the Import trades screen. A
 * CSV file goes to {@link TradeImportService} as it is. A workbook (.xlsx, .xlsm, .xls — see {@link
 * WorkbookText#isWorkbook}) is first written out, one sheet, as CSV text in the profile's layout
 * (delimiter, decimal separator, date and time patterns) to a temporary file, which the import
 * reads and which is deleted afterwards; the import's problems, record, audit event and re-import
 * check carry the workbook's own name and SHA-256 ({@link ImportSource}), and row n of the sheet is
 * line n of the problems. A file that is not a readable workbook is refused before anything is
 * checked or written.
 */
public final class TradeFileImports {
  private final TradeImportService imports;

  public TradeFileImports(TradeImportService imports) {
    this.imports = Objects.requireNonNull(imports, "imports");
  }

  /** Whether {@code file} is read as an Excel workbook rather than as text. */
  public static boolean isWorkbook(Path file) {
    return WorkbookText.isWorkbook(file);
  }

  /**
   * Imports {@code file} with the named profile; {@code sheet} names a workbook's sheet (null: the
   * first) and must be null for a CSV file.
   */
  public ImportResult importFile(
      Actor actor,
      Path file,
      String sheet,
      String profileName,
      ImportMode mode,
      ImportMonitor monitor) {
    if (!isWorkbook(file)) {
      textHasNoSheets(file, sheet);
      return imports.importFile(actor, file, profileName, mode, monitor);
    }
    if (mode != ImportMode.PREVIEW) {
      actor.require(Permission.CAPTURE_TRADES); // before the workbook is read for nothing
    }
    return converted(
        actor,
        file,
        sheet,
        profileName,
        monitor,
        (source, checking) -> imports.importFile(actor, source, profileName, mode, checking));
  }

  /** {@link TradeImportService#preview} of a CSV file or a workbook's sheet. */
  public ImportPreview preview(
      Actor actor,
      Path file,
      String sheet,
      String profileName,
      int firstRows,
      ImportMonitor monitor) {
    if (!isWorkbook(file)) {
      textHasNoSheets(file, sheet);
      return imports.preview(actor, file, profileName, firstRows, monitor);
    }
    return converted(
        actor,
        file,
        sheet,
        profileName,
        monitor,
        (source, checking) -> imports.preview(actor, source, profileName, firstRows, checking));
  }

  private static void textHasNoSheets(Path file, String sheet) {
    if (sheet != null) {
      throw new IllegalArgumentException(
          file.getFileName() + " is not an Excel workbook, so it has no sheet '" + sheet + "'.");
    }
  }

  private <T> T converted(
      Actor actor,
      Path workbook,
      String sheet,
      String profileName,
      ImportMonitor monitor,
      BiFunction<ImportSource, ImportMonitor, T> importing) {
    ImportProfile profile = imports.profile(actor, profileName);
    String name = workbook.getFileName().toString();
    Path text;
    try {
      text =
          Files.createTempFile(
              "tickmark-import-", ".csv"); // owner-only where the file system has permissions
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not create a temporary file to read " + name + " into: " + e.getMessage(), e);
    }
    try {
      ImportSource source = ImportSource.convertedFrom(workbook, text);
      try (Writer out = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
        WorkbookText.write(workbook, sheet, layout(profile), out, new Reading(monitor));
      } catch (WorkbookException e) {
        throw new ImportRefusedException(e.getMessage() + " Nothing was written.");
      } catch (IOException e) {
        throw new ImportRefusedException(
            "Could not read " + name + ": " + e.getMessage() + "; nothing was written.");
      }
      return importing.apply(
          source, monitor == ImportMonitor.NONE ? monitor : new Checking(monitor));
    } finally {
      try {
        Files.deleteIfExists(text);
      } catch (IOException e) {
        // a leftover file in the temporary folder does no harm to the import's outcome
      }
    }
  }

  /**
   * How a workbook's cells are written for {@code profile}: its delimiter, decimal separator and
   * date and time patterns.
   */
  public static WorkbookText.Layout layout(ImportProfile profile) {
    DateTimeFormatter dates = DateTimeFormatter.ofPattern(profile.datePattern(), Locale.ROOT);
    DateTimeFormatter times =
        ImportProfile.ISO.equalsIgnoreCase(profile.timePattern())
            ? WorkbookText.ISO_UTC
            : DateTimeFormatter.ofPattern(profile.timePattern(), Locale.ROOT);
    return new WorkbookText.Layout(profile.delimiter(), profile.decimalSeparator(), dates, times);
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
        return WorkbookText.firstRow(file, null, WorkbookText.Layout.csv());
      }
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          if (!line.isBlank()) {
            return line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
          }
        }
        return "";
      }
    } catch (WorkbookException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The import's monitor while the workbook is read: the same cancellation; reading is the first
   * half of the progress.
   */
  private static final class Reading implements ImportMonitor {
    private final ImportMonitor monitor;

    Reading(ImportMonitor monitor) {
      this.monitor = monitor;
    }

    @Override
    public void progress(long done, long total) {
      if (total > 0) {
        monitor.progress(done, 2 * total);
      }
    }

    @Override
    public boolean isCancelled() {
      return monitor.isCancelled();
    }
  }

  /** The import's monitor while the text is checked: the second half of the progress. */
  private static final class Checking implements ImportMonitor {
    private final ImportMonitor monitor;

    Checking(ImportMonitor monitor) {
      this.monitor = monitor;
    }

    @Override
    public void progress(long bytesRead, long totalBytes) {
      monitor.progress(totalBytes + bytesRead, 2 * totalBytes);
    }

    @Override
    public boolean isCancelled() {
      return monitor.isCancelled();
    }
  }
}
