package com.tickmark.model.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsTest {
  @TempDir Path dir;

  static List<String> rows(RowSource source) throws IOException {
    List<String> rows = new ArrayList<>();
    source.read(r -> rows.add(r.line() + ": " + r.texts()));
    return rows;
  }

  @Test
  void numbersRowsByTheirLineInTheFileSkippingBlankLinesAndTheByteOrderMark() throws IOException {
    Path file = dir.resolve("t.csv");
    Files.writeString(
        file,
        "\uFEFFa,b\n\n  \nx,\"y, \"\"z\"\"\"\n\"multi\nline\",2\nlast\n",
        StandardCharsets.UTF_8);
    assertThat(rows(CsvRows.of(file, IntakeLayout.csv(), ImportMonitor.NONE)))
        .containsExactly("1: [a, b]", "4: [x, y, \"z\"]", "5: [multi\nline, 2]", "7: [last]");
  }

  @Test
  void readsTheProfilesDelimiterAndWritesARowBackInIt() throws IOException {
    IntakeLayout semicolons =
        new IntakeLayout(';', ',', DateTimeFormatter.ISO_LOCAL_DATE, IntakeLayout.ISO_UTC);
    List<String> raw = new ArrayList<>();
    CsvRows.of("E-1;\"a;b\";1,5\n", semicolons).read(r -> raw.add(r.raw()));
    assertThat(raw).containsExactly("E-1;\"a;b\";1,5");
  }

  @Test
  void stopsWhenTheImportIsCancelled() throws IOException {
    Path file = Files.writeString(dir.resolve("c.csv"), "a\nb\n");
    ImportMonitor cancelled =
        new ImportMonitor() {
          @Override
          public void progress(long bytesRead, long totalBytes) {
            // not watched
          }

          @Override
          public boolean isCancelled() {
            return true;
          }
        };
    assertThatThrownBy(() -> rows(CsvRows.of(file, IntakeLayout.csv(), cancelled)))
        .isInstanceOf(CancellationException.class);
  }
}
