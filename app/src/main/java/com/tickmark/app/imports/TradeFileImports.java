package com.tickmark.app.imports;

import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.IntakeFiles;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.imports.ImportPreview;
import com.tickmark.model.trade.imports.ImportResult;
import com.tickmark.model.trade.imports.TradeImportService;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Trade files of either kind, CSV or Excel, for the import command and the Import trades screen:
 * both go through the intake pipeline ({@link TradeImportService}), which reads a workbook's sheet
 * by its cells' values and a CSV file by its records; row n of a sheet is line n of the problems.
 */
public final class TradeFileImports {
  private final TradeImportService imports;

  public TradeFileImports(TradeImportService imports) {
    this.imports = Objects.requireNonNull(imports, "imports");
  }

  /** Whether {@code file} is read as an Excel workbook rather than as text. */
  public static boolean isWorkbook(Path file) {
    return IntakeFiles.isWorkbook(file);
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
    return imports.importFile(actor, file, sheet, profileName, mode, monitor);
  }

  /** {@link TradeImportService#preview} of a CSV file or a workbook's sheet. */
  public ImportPreview preview(
      Actor actor,
      Path file,
      String sheet,
      String profileName,
      int firstRows,
      ImportMonitor monitor) {
    return imports.preview(actor, file, sheet, profileName, firstRows, monitor);
  }

  /**
   * The file's header: a CSV file's first non-blank line (without a byte-order mark), or a
   * workbook's first sheet's first row with a value, comma-separated. Used to map a new profile.
   *
   * @throws UncheckedIOException the file cannot be read (the message says why, naming it)
   */
  public static String headerLine(Path file) {
    return IntakeFiles.headerLine(file);
  }
}
