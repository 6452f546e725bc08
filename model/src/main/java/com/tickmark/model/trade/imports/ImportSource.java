package com.tickmark.model.trade.imports;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A trade file converted to text before it is imported (an Excel workbook written out as CSV): the
 * import reads the lines of {@code text}, while its problems, its import record, its audit event
 * and the check for a file imported before use the name and SHA-256 of the file the user chose. So
 * re-importing the same workbook is refused, and a problem on line 7 is row 7 of the workbook,
 * reported under the workbook's name.
 *
 * @param fileName the name of the file the user chose ({@code trades.xlsx})
 * @param sha256 that file's SHA-256, 64 lower-case hex digits
 * @param text the file's rows as text in the profile's layout, one line per row
 */
public record ImportSource(String fileName, String sha256, Path text) {
  public ImportSource {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(text, "text");
    if (fileName.isBlank()) {
      throw new IllegalArgumentException("The file name is required.");
    }
    if (sha256 == null
        || sha256.length() != 64
        || !sha256.equals(sha256.toLowerCase(java.util.Locale.ROOT))
        || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
      throw new IllegalArgumentException(
          "A SHA-256 is 64 lower-case hex digits, not '" + sha256 + "'.");
    }
  }

  /**
   * {@code original} converted to {@code text}: its name, and its own SHA-256 (read now), as
   * computed for any trade file.
   */
  public static ImportSource convertedFrom(Path original, Path text) {
    return new ImportSource(
        original.getFileName().toString(), TradeImportService.sha256(original), text);
  }
}
