package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickmark import confirms}, {@code import holdings} and {@code recon confirms|holdings} on
 * one small demo firm: a bad line refuses a folder and writes nothing, the inbox's whole
 * confirmations/ and custody/ folders are imported line for line, repeats are refused, and a
 * confirmation the firm does not know is kept.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconInputCommandsTest {
  @TempDir static Path shared;
  static Path workspace;
  static Path confirmations;
  static Path custody;

  @BeforeAll
  static void makeDemo() {
    workspace = shared.resolve("demo");
    Run r =
        run(
            "demo",
            "--workspace",
            workspace.toString(),
            "--days",
            "2",
            "--trades-per-day",
            "80",
            "--history-days",
            "30",
            "--seed",
            "13");
    assertThat(r.exitCode()).as(r.err()).isZero();
    confirmations = workspace.resolve("inbox").resolve("confirmations");
    custody = workspace.resolve("inbox").resolve("custody");
  }

  private static Run clerk(String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace.toString(), "--user", "clerk"));
    all.addAll(Arrays.asList(args));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  /** A listing's rows, each as column name → value. */
  private static List<NamedCsvRecord> list(String what, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("recon", what, "--format", "csv"));
    args.addAll(Arrays.asList(options));
    Run r = clerk(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(r.out())) {
      return reader.stream().toList();
    }
  }

  /** The lines after the header of every .csv file in {@code folder}. */
  private static int lines(Path folder) throws IOException {
    int n = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        n += (int) Files.readAllLines(f).stream().skip(1).filter(l -> !l.isBlank()).count();
      }
    }
    return n;
  }

  private static Path firstFile(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().findFirst().orElseThrow();
    }
  }

  @Test
  @Order(1)
  void aBadLineRefusesTheWholeFolderWithFileLineAndFieldAndWritesNothing() throws IOException {
    Path real = firstFile(confirmations);
    List<String> lines = new ArrayList<>(Files.readAllLines(real));
    lines.set(2, lines.get(2).replace(",BUY,", ",HOLD,").replace(",SELL,", ",HOLD,"));
    Path folder = Files.createDirectories(shared.resolve("bad"));
    Files.copy(real, folder.resolve("AAA_20261109.csv"));
    Files.write(folder.resolve("ZZZ_20261109.csv"), lines, StandardCharsets.UTF_8);

    Run r = clerk("import", "confirms", folder.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(folder.resolve("ZZZ_20261109.csv") + ":3: side: 'HOLD' is not BUY or SELL")
        .contains("nothing was written");
    assertThat(list("confirms")).isEmpty();
  }

  @Test
  @Order(2)
  void theInboxFoldersAreImportedLineForLineAndEachFileAudited() throws IOException {
    Run confirms = clerk("import", "confirms", confirmations.toString());
    Run holdings = clerk("import", "holdings", custody.toString());

    assertThat(confirms.exitCode()).as(confirms.err()).isZero();
    assertThat(holdings.exitCode()).as(holdings.err()).isZero();
    List<NamedCsvRecord> confirmed = list("confirms");
    assertThat(confirmed).hasSize(lines(confirmations)).isNotEmpty();
    assertThat(list("holdings")).hasSize(lines(custody)).isNotEmpty();
    NamedCsvRecord first = confirmed.get(0);
    String date = first.getField("trade_date");
    assertThat(list("confirms", "--date", date))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.getField("trade_date")).isEqualTo(date));
    assertThat(first.getField("source")).isEqualTo(firstFile(confirmations).getFileName() + ":2");
    assertThat(first.getField("broker"))
        .isEqualTo(firstFile(confirmations).getFileName().toString().split("_")[0]);

    long files = confirms.out().lines().filter(l -> l.startsWith("Imported ")).count();
    assertThat(files).isPositive();
    Run audit =
        run(
            AS_DEMO_USER,
            "audit",
            "list",
            "--entity",
            "ConfirmationImport",
            "--limit",
            "1000",
            "--workspace",
            workspace.toString(),
            "--user",
            "compliance");
    assertThat(audit.out().lines().filter(l -> l.contains("IMPORT"))).hasSize((int) files);
  }

  @Test
  @Order(3)
  void aFileImportedBeforeIsRefusedAndAFolderOfThemWritesNothing() throws IOException {
    int before = list("holdings").size();
    Path file = firstFile(custody);

    Run again = clerk("import", "holdings", file.toString());
    Run folder = clerk("import", "holdings", custody.toString());

    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err())
        .contains(file.getFileName() + " was already imported on")
        .contains("nothing was written");
    assertThat(folder.exitCode()).isEqualTo(1);
    assertThat(folder.err()).contains("was imported before; nothing was written");
    assertThat(list("holdings")).hasSize(before);
  }

  @Test
  @Order(4)
  void aConfirmationOfAnExecutionTheFirmDoesNotKnowIsKept() throws IOException {
    Path real = firstFile(confirmations);
    List<String> lines = Files.readAllLines(real).subList(0, 2);
    String[] cells = lines.get(1).split(",", -1);
    cells[0] = cells[0] + "-X";
    cells[1] = "E-NOT-OURS";
    Path file =
        Files.write(
            shared.resolve("GSX_20261110.csv"),
            List.of(lines.get(0), String.join(",", cells)),
            StandardCharsets.UTF_8);

    Run r = clerk("import", "confirms", file.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Imported GSX_20261110.csv: 1 confirmation lines");
    assertThat(list("confirms"))
        .filteredOn(c -> c.getField("client_exec_id").equals("E-NOT-OURS"))
        .singleElement()
        .satisfies(c -> assertThat(c.getField("source")).isEqualTo("GSX_20261110.csv:2"));
  }

  @Test
  @Order(5)
  void aBrokersOwnLayoutReadsItsFilesAndOthersKeepTheBuiltInOne() throws IOException {
    Path real = firstFile(confirmations);
    List<String> header = List.of(Files.readAllLines(real).get(0).split(","));
    String[] cells = Files.readAllLines(real).get(1).split(",", -1);
    cells[header.indexOf("broker_ref")] = "KBX-1";
    cells[header.indexOf("client_exec_id")] = "E-KBX-1";
    // the broker's own file: semicolons, decimal commas, day-first dates, its own column names
    List<String> ownHeader = new ArrayList<>(header);
    ownHeader.set(header.indexOf("client_exec_id"), "Ihre Referenz");
    ownHeader.set(header.indexOf("trade_date"), "Schlusstag");
    List<String> own = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i];
      if (c.matches("\\d{4}-\\d{2}-\\d{2}")) {
        c = c.substring(8) + "." + c.substring(5, 7) + "." + c.substring(0, 4);
      } else if (c.matches("-?\\d+\\.\\d+")) {
        c = c.replace('.', ',');
      }
      own.add(c);
    }
    Path file =
        Files.write(
            shared.resolve("KBX_20261111.csv"),
            List.of(String.join(";", ownHeader), String.join(";", own)),
            StandardCharsets.UTF_8);
    Path layout =
        Files.writeString(
            shared.resolve("kbx.properties"),
            "delimiter=;\ndecimal.separator=,\ndate.pattern=dd.MM.yyyy\n"
                + "column.client_exec_id=Ihre Referenz\ncolumn.trade_date=Schlusstag\n");
    Path typo = Files.writeString(shared.resolve("typo.properties"), "column.exec=Ref\n");

    Run before = clerk("import", "confirms", file.toString());
    Run refused = clerk("recon", "layout", "save", "confirmations", "KBX", typo.toString());
    Run saved = clerk("recon", "layout", "save", "confirmations", "kbx", layout.toString());
    Run after = clerk("import", "confirms", file.toString());

    assertThat(before.exitCode()).as("read with the built-in layout").isEqualTo(1);
    assertThat(before.err()).contains("KBX_20261111.csv");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("Layout 'KBX': unknown keys [column.exec]");
    assertThat(saved.exitCode()).as(saved.err()).isZero();
    assertThat(saved.out()).contains("Saved the confirmations layout of KBX");
    assertThat(after.exitCode()).as(after.err()).isZero();
    NamedCsvRecord line =
        list("confirms").stream()
            .filter(c -> c.getField("client_exec_id").equals("E-KBX-1"))
            .findFirst()
            .orElseThrow();
    int at = header.indexOf("trade_date");
    assertThat(line.getField("trade_date")).isEqualTo(cells[at]);
    assertThat(line.getField("net_amount")).isEqualTo(cells[header.indexOf("net_amount")]);
    assertThat(line.getField("broker")).isEqualTo("KBX");
    Run listed = clerk("recon", "layout", "list", "--format", "csv");
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    List<NamedCsvRecord> layouts;
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(listed.out())) {
      layouts = reader.stream().toList();
    }
    assertThat(layouts)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.getField("kind")).isEqualTo("confirmations");
              assertThat(l.getField("name")).isEqualTo("KBX");
              assertThat(l.getField("delimiter")).isEqualTo(";");
              assertThat(l.getField("columns"))
                  .isEqualTo("client_exec_id=Ihre Referenz trade_date=Schlusstag");
            });
    Run audit =
        run(
            AS_DEMO_USER,
            "audit",
            "list",
            "--entity",
            "InputLayout",
            "--workspace",
            workspace.toString(),
            "--user",
            "compliance");
    assertThat(audit.out()).contains("confirmation lines layout of KBX saved");

    own.set(at, "31.11.2026");
    own.set(header.indexOf("client_exec_id"), "E-KBX-2");
    Path badDate =
        Files.write(
            shared.resolve("KBX_20261112.csv"),
            List.of(String.join(";", ownHeader), String.join(";", own)),
            StandardCharsets.UTF_8);
    Run refusedDate = clerk("import", "confirms", badDate.toString());
    assertThat(refusedDate.exitCode()).isEqualTo(1);
    assertThat(refusedDate.err())
        .as("the broker's own pattern named, not the built-in one")
        .contains("KBX_20261112.csv:2: trade_date: '31.11.2026' is not a date (dd.MM.yyyy)")
        .doesNotContain("YYYY-MM-DD");
  }
}
