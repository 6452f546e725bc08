package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import com.tickmark.model.recon.statement.BankFile;
import com.tickmark.model.recon.statement.BankStatement;
import com.tickmark.model.recon.statement.BankStatements;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickmark import statement} and {@code statement list} on one small demo firm, in the order
 * a clerk meets them: a broken file and one of an unknown account refused with nothing written, the
 * whole inbox bank folder stored, repeats refused (the same file, and the same statement sent again
 * under another name), and a next statement that does not open with the stored closing balance
 * stored and flagged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatementImportCommandTest {
  static final LocalDate BUSINESS_DATE = LocalDate.parse("2025-11-20");
  static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  @TempDir static Path shared;
  static Path workspace;
  static Path folder;

  @BeforeAll
  static void makeDemo() {
    workspace = shared.resolve("demo");
    Run r =
        run(
            "demo",
            "--workspace",
            workspace.toString(),
            "--days",
            "3",
            "--trades-per-day",
            "100",
            "--history-days",
            "30",
            "--business-date",
            BUSINESS_DATE.toString(),
            "--seed",
            "7");
    assertThat(r.exitCode()).as(r.err()).isZero();
    folder = workspace.resolve("inbox").resolve("bank");
  }

  private static Run clerk(String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace.toString(), "--user", "clerk"));
    all.addAll(Arrays.asList(args));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  /** The stored statements as {@code statement list --format csv} gives them, in its order. */
  private static List<Map<String, String>> stored(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("statement", "list", "--format", "csv"));
    all.addAll(Arrays.asList(args));
    Run r = clerk(all.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<Map<String, String>> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(r.out())) {
      for (NamedCsvRecord rec : reader) {
        rows.add(rec.getFieldsAsMap());
      }
    }
    return rows;
  }

  private static List<Path> bankFiles() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  private static Path euroFile() throws IOException {
    return bankFiles().stream()
        .filter(p -> p.getFileName().toString().contains("CASH-EUR"))
        .findFirst()
        .orElseThrow();
  }

  private static Path write(String name, String content) throws IOException {
    Path dir = Files.createDirectories(shared.resolve("files"));
    return Files.writeString(dir.resolve(name), content);
  }

  /** The demo's EUR account IBAN, as its bank writes it. */
  private static String euroIban() throws IOException {
    return BankStatements.read(euroFile()).statements().get(0).account();
  }

  static String mt940(
      String iban, String number, LocalDate opened, String opening, LocalDate closed) {
    return ":20:HAND"
        + number
        + "\r\n:25:"
        + iban
        + "\r\n:28C:"
        + number
        + "/001\r\n:60F:C"
        + YYMMDD.format(opened)
        + "EUR"
        + opening
        + "\r\n:61:"
        + YYMMDD.format(closed)
        + "C10,00NTRFNONREF//B1\r\n:86:INTEREST\r\n:62F:C"
        + YYMMDD.format(closed)
        + "EUR"
        + new BigDecimal(opening.replace(',', '.'))
            .add(BigDecimal.TEN)
            .toPlainString()
            .replace('.', ',')
        + "\r\n-\r\n";
  }

  @Test
  @Order(1)
  void aFileThatDoesNotAddUpIsRefusedWithItsLineAndNothingIsWritten() throws IOException {
    String broken =
        mt940(euroIban(), "00001", BUSINESS_DATE, "100,00", BUSINESS_DATE)
            .replace("EUR110,00", "EUR111,00");
    Path file = write("broken.sta", broken);

    Run r = clerk("import", "statement", file.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(file + ":7: :62F: closing balance 111.00 EUR is not opening 100.00")
        .contains("nothing was written");
    assertThat(stored()).isEmpty();
  }

  @Test
  @Order(2)
  void aStatementOfAnAccountTheFirmDoesNotHaveIsRefusedNamingTheAccount() throws IOException {
    Path file =
        write(
            "stranger.sta",
            mt940("DE89370400440532013000", "00001", BUSINESS_DATE, "100,00", BUSINESS_DATE));

    Run r = clerk("import", "statement", file.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            file
                + ":2: account: account DE89370400440532013000 is none of the firm's cash"
                + " accounts");
    assertThat(stored()).isEmpty();
  }

  @Test
  @Order(3)
  void theWholeBankFolderIsStoredStatementByStatement() throws IOException {
    List<Path> files = bankFiles();
    int entries = 0;
    for (Path f : files) {
      BankFile read = BankStatements.read(f);
      assertThat(read.problems()).as(f.toString()).isEmpty();
      for (BankStatement s : read.statements()) {
        entries += s.entries().size();
      }
    }

    Run r = clerk("import", "statement", folder.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            files.size()
                + " files imported ("
                + files.size()
                + " statements, "
                + String.format(Locale.ROOT, "%,d", entries)
                + " entries), 0 passed over")
        .doesNotContain("discontinuity");
    List<Map<String, String>> rows = stored();
    assertThat(rows).hasSize(files.size());
    assertThat(rows.stream().mapToInt(m -> Integer.parseInt(m.get("entries"))).sum())
        .isEqualTo(entries);
    Map<String, Map<String, String>> previous = new HashMap<>();
    for (Map<String, String> row : rows) {
      assertThat(row.get("discontinuity")).isEmpty();
      Map<String, String> before = previous.put(row.get("account"), row);
      if (before != null) {
        assertThat(new BigDecimal(row.get("opening")))
            .as("the day's opening is the day before's closing")
            .isEqualByComparingTo(before.get("closing"));
      }
    }
    assertThat(stored("--account", "cash-eur"))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.get("account")).isEqualTo("CASH-EUR"));
  }

  @Test
  @Order(4)
  void aFileImportedBeforeIsRefusedAndAFolderOfThemWritesNothing() throws IOException {
    int before = stored().size();

    Run one = clerk("import", "statement", euroFile().toString());
    Run all = clerk("import", "statement", folder.toString());

    assertThat(one.exitCode()).isEqualTo(1);
    assertThat(one.err()).contains("was already imported on").contains("nothing was written");
    assertThat(all.exitCode()).isEqualTo(1);
    assertThat(all.err()).contains("was imported before; nothing was written");
    assertThat(stored()).hasSize(before);
  }

  @Test
  @Order(5)
  void theSameStatementSentAgainUnderAnotherNameIsRefused() throws IOException {
    String sent = Files.readString(euroFile());
    assertThat(sent).startsWith(":20:ST");
    Path again = write("again.sta", ":20:RE" + sent.substring(6)); // another reference, same data

    Run r = clerk("import", "statement", again.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(again + ":1: statement number: statement 00001/001 of account CASH-EUR")
        .contains("is already stored from " + euroFile().getFileName() + " line 1");
  }

  @Test
  @Order(6)
  void aNextStatementThatDoesNotOpenWithTheStoredClosingIsStoredAndFlagged() throws IOException {
    List<Map<String, String>> euro = stored("--account", "CASH-EUR");
    Map<String, String> last = euro.get(euro.size() - 1);
    int next = Integer.parseInt(last.get("statement").split("/")[0]) + 1;
    LocalDate day = LocalDate.parse(last.get("statement_date")).plusDays(1);
    Path file =
        write(
            "next.sta",
            mt940(euroIban(), String.format("%05d", next), day.minusDays(1), "100,00", day));

    Run r = clerk("import", "statement", file.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            file + ":1: balance discontinuity, stored and flagged: opening balance 100.00 EUR")
        .contains("is not the closing balance");
    List<Map<String, String>> after = stored("--account", "CASH-EUR");
    assertThat(after).hasSize(euro.size() + 1);
    assertThat(after.get(after.size() - 1).get("discontinuity"))
        .contains("is not the closing balance")
        .contains(last.get("file") + " line");
  }
}
