package com.tickmark.model.intake;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A delimited text file (UTF-8, with or without a byte-order mark) read by FastCSV: fields may be
 * quoted with double quotes (a doubled quote inside is one quote; a quoted field may span lines),
 * each record's line is the line it starts on, and blank lines are skipped.
 */
public final class CsvRows implements RowSource {
  /** Opens the text to read; called once per {@link #read}. */
  @FunctionalInterface
  private interface Opener {
    InputStream open() throws IOException;
  }

  private final Opener opener;
  private final IntakeLayout layout;

  private CsvRows(Opener opener, IntakeLayout layout) {
    this.opener = opener;
    this.layout = layout;
  }

  /** {@code file}, reporting the bytes read to {@code monitor} (which may cancel the read). */
  public static CsvRows of(Path file, IntakeLayout layout, ImportMonitor monitor) {
    return new CsvRows(
        () ->
            monitor == ImportMonitor.NONE
                ? Files.newInputStream(file)
                : new MonitoredInputStream(Files.newInputStream(file), Files.size(file), monitor),
        layout);
  }

  /** Text held in memory (a repaired row written out in its profile's layout). */
  public static CsvRows of(String text, IntakeLayout layout) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new CsvRows(() -> new ByteArrayInputStream(bytes), layout);
  }

  /** The cells of one line, as an import splits them (quotes removed, not trimmed). */
  public static List<String> cells(String line, char delimiter) {
    if (line == null || line.isEmpty()) {
      return List.of("");
    }
    return reader(delimiter).ofSingleCsvRecord(line).getFields();
  }

  private static CsvReader.CsvReaderBuilder reader(char delimiter) {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .quoteCharacter('"')
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .allowExtraCharsAfterClosingQuote(true)
        .detectBomHeader(true);
  }

  @Override
  public void read(IntakeRow.Handler handler) throws IOException {
    IntakeRow row = new IntakeRow(layout);
    try (InputStream in = opener.open();
        CsvReader<CsvRecord> records =
            reader(layout.delimiter()).ofCsvRecord(in, StandardCharsets.UTF_8)) {
      for (CsvRecord r : records) {
        int n = r.getFieldCount();
        if (n == 1 && r.getField(0).isBlank()) {
          continue;
        }
        row.reset((int) r.getStartingLineNumber());
        for (int i = n - 1; i >= 0; i--) {
          row.set(i, r.getField(i));
        }
        handler.row(row);
      }
    } catch (CsvParseException e) {
      if (e.getCause() instanceof RuntimeException stop) {
        throw stop; // a cancellation, raised by the monitored stream under the parser
      }
      throw new IOException(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
