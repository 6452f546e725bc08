package com.tickmark.app.ui.imports;

import com.tickmark.app.cli.SampleTradeFile;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.persistence.Repositories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Trade files in the built-in layout for the fixture firm, valid or with chosen cells broken. */
final class TradeFiles {
  static final int EXEC_ID = 0;
  static final int BOOK = 3;
  static final int QUANTITY = 7;
  static final int PRICE = 8;

  private TradeFiles() {}

  /** {@code rows} valid trades (exec ids PREFIX-1 onwards), the header on line 1. */
  static Path valid(Repositories r, Path dir, String name, int rows, String prefix)
      throws IOException {
    Path f = dir.resolve(name);
    SampleTradeFile.write(r, RefDataFixture.BUSINESS_DATE, f, rows, prefix);
    return f;
  }

  /** The file with the cell in {@code column} of file line {@code line} (1 = header) replaced. */
  static Path withCell(Path file, int line, int column, String value) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    String[] cells = lines.get(line - 1).split(",", -1);
    cells[column] = value;
    lines.set(line - 1, String.join(",", cells));
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** The cell of {@code column} on file line {@code line}. */
  static String cell(Path file, int line, int column) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).get(line - 1).split(",", -1)[column];
  }
}
