package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accountant's ledger commands on a small demo firm: a manual journal refused line by line,
 * then submitted, approved by a second accountant and posted; the trial balance and a statement
 * with its running balance; a month closed, after which nothing posts into it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerCommandTest {
  static final String DATE = "2025-11-20";

  @TempDir static Path shared;
  static Path workspace;

  @BeforeAll
  static void makeADemo() {
    workspace = shared.resolve("demo");
    Run r =
        run(
            "demo",
            "--workspace",
            workspace.toString(),
            "--days",
            "2",
            "--trades-per-day",
            "30",
            "--history-days",
            "30",
            "--business-date",
            DATE,
            "--seed",
            "5");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  static Run as(String user, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace.toString(), "--user", user));
    all.addAll(Arrays.asList(args));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  static List<Map<String, String>> csv(Run r) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<Map<String, String>> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(r.out())) {
      reader.forEach(rec -> rows.add(rec.getFieldsAsMap()));
    }
    return rows;
  }

  static Path write(String name, String text) throws IOException {
    return Files.writeString(shared.resolve(name), text);
  }

  static final String HEADER = "date,description,account,currency,debit,credit,book,memo\n";

  @Test
  @Order(1)
  void aManualJournalThatDoesNotAddUpIsRefusedNamingTheFileLineAndField() throws IOException {
    Path both = write("both.csv", HEADER + DATE + ",Fee,5200,USD,10,10,,\n");
    Run r = as("accountant", "ledger", "journal", "add", "--file", both.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("both.csv:2: debit: a line has a debit or a credit, not both");

    Path unknown =
        write(
            "unknown.csv",
            HEADER + DATE + ",Fee,5200,USD,10,,,\n" + DATE + ",Fee,2999,USD,,10,,\n");
    r = as("accountant", "ledger", "journal", "add", "--file", unknown.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("unknown.csv:3: account: there is no account '2999'");

    Path header =
        write(
            "header.csv", HEADER + DATE + ",Fee,5000,USD,10,,,\n" + DATE + ",Fee,2100,USD,,10,,\n");
    r = as("accountant", "ledger", "journal", "add", "--file", header.toString());
    assertThat(r.err()).contains("header.csv:2: account: 5000 · Expenses is a header");

    Path unbalanced =
        write(
            "unbalanced.csv",
            HEADER + DATE + ",Fee,5200,USD,10.00,,,\n" + DATE + ",Fee,2100,USD,,9.99,,\n");
    r = as("accountant", "ledger", "journal", "add", "--file", unbalanced.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("does not balance in USD: debits 10.00, credits 9.99");

    assertThat(csv(as("accountant", "ledger", "journal", "list", "--pending", "--format", "csv")))
        .isEmpty();
  }

  @Test
  @Order(1)
  void anAccountantAddsAnAccountToTheChartAndItIsAudited() throws IOException {
    Run bad =
        as(
            "accountant",
            "ledger",
            "account",
            "1150",
            "--name",
            "Margin at brokers",
            "--class",
            "ASSET",
            "--parent",
            "2000");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("is ASSET under 2000, which is LIABILITY");
    Run clerk = as("clerk", "ledger", "account", "1150", "--name", "Margin", "--class", "ASSET");
    assertThat(clerk.exitCode()).isEqualTo(1);

    Run ok =
        as(
            "accountant",
            "ledger",
            "account",
            "1150",
            "--name",
            "Margin at brokers",
            "--class",
            "ASSET",
            "--parent",
            "1000",
            "--reason",
            "margin calls");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(csv(as("accountant", "ledger", "accounts", "--format", "csv")))
        .anySatisfy(
            a ->
                assertThat(a)
                    .containsEntry("account", "1150")
                    .containsEntry("name", "Margin at brokers")
                    .containsEntry("parent", "1000"));
    assertThat(csv(as("admin", "audit", "list", "--entity", "LedgerAccount", "--format", "csv")))
        .anySatisfy(
            a ->
                assertThat(a)
                    .containsEntry("entity_id", "1150")
                    .containsEntry("reason", "margin calls"));
  }

  @Test
  @Order(2)
  void aManualJournalPostsOnlyWhenASecondAccountantApprovesIt() throws IOException {
    Path fee =
        write(
            "audit-fee.csv",
            HEADER
                + DATE
                + ",Accrue the audit fee,5200,USD,1500.00,,,audit 2025\n"
                + DATE
                + ",Accrue the audit fee,2100,USD,,1500.00,,\n");
    Run r = as("accountant", "ledger", "journal", "add", "--file", fee.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Submitted request #1").contains("1500.00 USD");
    assertThat(csv(as("accountant", "ledger", "journal", "list", "--format", "csv"))).isEmpty();

    Run close = as("accountant", "ledger", "close", "--period", "2025-11");
    assertThat(close.exitCode()).isEqualTo(1);
    assertThat(close.err()).contains("2025-11 cannot close: 1 manual journal(s) dated in it wait");

    Run own = as("accountant", "approvals", "approve", "1", "--comment", "mine");
    assertThat(own.exitCode()).isEqualTo(1);

    Run approved = as("controller", "approvals", "approve", "1", "--comment", "checked");
    assertThat(approved.exitCode()).as(approved.err()).isZero();

    List<Map<String, String>> entries =
        csv(as("accountant", "ledger", "journal", "list", "--format", "csv"));
    assertThat(entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("kind", "MANUAL").containsEntry("state", "POSTED");
              assertThat(e)
                  .containsEntry("prepared_by", "accountant")
                  .containsEntry("posted_by", "controller");
              assertThat(e).containsEntry("debits", "1500.00 USD");
            });
  }

  @Test
  @Order(3)
  void theTrialBalanceBalancesAndTheStatementRunsItsBalance() throws IOException {
    List<Map<String, String>> tb =
        csv(as("accountant", "ledger", "trial-balance", "--date", DATE, "--format", "csv"));
    assertThat(tb.get(0).keySet())
        .startsWith(
            "account", "name", "currency", "debit", "credit", "balance", "balance_reporting");
    assertThat(tb)
        .anySatisfy(
            row ->
                assertThat(row)
                    .containsEntry("account", "2100")
                    .containsEntry("credit", "1500.00")
                    .containsEntry("balance", "-1500.00")
                    .containsEntry("balance_reporting", "-1500.00"));
    assertThat(as("accountant", "ledger", "trial-balance", "--date", DATE).out())
        .contains("Total USD: debits 1500.00, credits 1500.00")
        .contains("The books balance.");
    assertThat(
            csv(
                as(
                    "accountant",
                    "ledger",
                    "trial-balance",
                    "--date",
                    "2025-11-19",
                    "--format",
                    "csv")))
        .isEmpty();

    List<Map<String, String>> statement =
        csv(
            as(
                "accountant",
                "ledger",
                "statement",
                "5200",
                "--from",
                "2025-11-01",
                "--to",
                "2025-11-30",
                "--format",
                "csv"));
    assertThat(statement)
        .extracting(m -> m.get("description"))
        .containsExactly("Opening balance", "Accrue the audit fee", "Closing balance");
    assertThat(statement.get(1))
        .containsEntry("debit", "1500.00")
        .containsEntry("balance", "1500.00");
    assertThat(statement.get(2)).containsEntry("balance", "1500.00");
  }

  @Test
  @Order(3)
  void theTrialBalanceAndStatementWorkbooksTotalWithLiveFormulas() throws IOException {
    Path tb = shared.resolve("tb.xlsx");
    Run r =
        as(
            "accountant",
            "report",
            "run",
            "trial-balance",
            "--param",
            "date=" + DATE,
            "--out",
            tb.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(tb))) {
      Sheet usd = book.getSheet("USD");
      Row grand = rowStartingWith(usd, "Grand total");
      // Debit, credit and balance are columns D, E and F; the totals are formulas, so they stay
      // live when an accountant edits a cell.
      assertThat(grand.getCell(3).getCellFormula()).startsWith("SUBTOTAL(9,");
      assertThat(grand.getCell(3).getNumericCellValue()).isEqualTo(1500.0);
      assertThat(grand.getCell(4).getNumericCellValue()).isEqualTo(1500.0);
      assertThat(rowStartingWith(usd, "Total 2000 Liabilities").getCell(4).getCellFormula())
          .startsWith("SUBTOTAL(9,");
      assertThat(usd.getRow(usd.getFirstRowNum()).getCell(0).getStringCellValue())
          .isEqualTo("Group");
    }
    Path statements = shared.resolve("statements.xlsx");
    r =
        as(
            "accountant",
            "report",
            "run",
            "account-statement",
            "--param",
            "accounts=2100,5200",
            "--param",
            "from=2025-11-01",
            "--param",
            "to=" + DATE,
            "--out",
            statements.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(statements))) {
      assertThat(book.getSheet("2100 Payable to brokers")).isNotNull();
      assertThat(book.getSheet("5200 Fees")).isNotNull();
    }
  }

  static Row rowStartingWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      if (row.getCell(0) != null
          && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && row.getCell(0).getStringCellValue().equals(text)) {
        return row;
      }
    }
    throw new AssertionError("No row '" + text + "' in " + sheet.getSheetName());
  }

  @Test
  @Order(4)
  void aClosedMonthTakesNoMorePostingsAndTheClosingIsAudited() throws IOException {
    Run clerk = as("clerk", "ledger", "close", "--period", "2025-11");
    assertThat(clerk.exitCode()).isEqualTo(1);

    Run close = as("accountant", "ledger", "close", "--period", "2025-11");
    assertThat(close.exitCode()).as(close.err()).isZero();
    assertThat(close.out()).contains("Closed 2025-11");
    assertThat(as("accountant", "ledger", "close", "--period", "2025-11").err())
        .contains("2025-11 is already closed");

    Path late =
        write(
            "late.csv",
            HEADER + DATE + ",Late fee,5200,USD,1,,,\n" + DATE + ",Late fee,2100,USD,,1,,\n");
    Run r = as("accountant", "ledger", "journal", "add", "--file", late.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("The period 2025-11 is closed: nothing more posts on 2025-11-20");

    assertThat(csv(as("admin", "audit", "list", "--format", "csv")))
        .anySatisfy(
            a ->
                assertThat(a)
                    .containsEntry("entity", "LedgerPeriod")
                    .containsEntry("entity_id", "2025-11")
                    .containsEntry("user", "accountant"));
  }
}
