package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickmark settlement ladder} and the cash ladder and netting reports on a small demo firm:
 * read only, so every test shares one.
 */
class SettlementLadderCommandTest {
  static final String BUSINESS_DATE = "2025-11-20";

  @TempDir static Path shared;
  static String workspace;
  @TempDir Path out;

  @BeforeAll
  static void makeDemo() {
    workspace = shared.resolve("demo").toString();
    Run r =
        run(
            "demo",
            "--workspace",
            workspace,
            "--days",
            "2",
            "--trades-per-day",
            "40",
            "--history-days",
            "30",
            "--business-date",
            BUSINESS_DATE,
            "--seed",
            "11");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  private static Run tickmark(String user, String... args) {
    List<String> all = new ArrayList<>(List.of("--workspace", workspace, "--user", user));
    all.addAll(Arrays.asList(args));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  private static List<String[]> csv(Run r) {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out().lines().skip(1).map(l -> l.split(",", -1)).toList();
  }

  @Test
  void theLadderAddsUpDayByDayFromTheSettledBalance() {
    Run r = tickmark("clerk", "settlement", "ladder", "--format", "csv");
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo(
            "currency,cash_account,date,opening,receipts,payments,net,projected_balance,"
                + "obligations");
    List<String[]> rows = csv(r);
    Map<String, List<String[]>> byAccount = new LinkedHashMap<>();
    for (String[] row : rows) {
      byAccount.computeIfAbsent(row[0] + " " + row[1], k -> new ArrayList<>()).add(row);
    }
    assertThat(byAccount.keySet()).containsExactly("EUR CASH-EUR", "GBP CASH-GBP", "USD CASH-USD");

    Map<String, String> settled = new HashMap<>();
    Map<String, String> projected = new HashMap<>();
    for (String[] cash : csv(tickmark("clerk", "positions", "--cash", "--format", "csv"))) {
      settled.put(cash[2] + " " + cash[0], cash[4]);
      projected.put(cash[2] + " " + cash[0], cash[3]);
    }
    int obligations = 0;
    for (var account : byAccount.entrySet()) {
      List<String[]> days = account.getValue();
      assertThat(days).hasSize(10);
      assertThat(days.get(0)[3]).as(account.getKey()).isEqualTo(settled.get(account.getKey()));
      LocalDate previous = LocalDate.parse(BUSINESS_DATE).minusDays(1);
      String previousProjected = days.get(0)[3];
      for (String[] day : days) {
        LocalDate date = LocalDate.parse(day[2]);
        assertThat(date).isAfter(previous);
        assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        previous = date;
        for (int i = 3; i <= 7; i++) {
          assertThat(day[i]).matches("-?\\d+\\.\\d{2}");
        }
        BigDecimal opening = new BigDecimal(day[3]);
        BigDecimal receipts = new BigDecimal(day[4]);
        BigDecimal payments = new BigDecimal(day[5]);
        assertThat(day[3]).isEqualTo(previousProjected);
        assertThat(receipts.subtract(payments)).isEqualByComparingTo(day[6]);
        assertThat(opening.add(receipts).subtract(payments)).isEqualByComparingTo(day[7]);
        previousProjected = day[7];
        obligations += Integer.parseInt(day[8]);
      }
      // Every trade settles within the ten days, so the ladder ends where the trade-date
      // (projected)
      // balance of the position service stands.
      assertThat(previousProjected).as(account.getKey()).isEqualTo(projected.get(account.getKey()));
    }
    assertThat(obligations).as("trades of the business date still to settle").isPositive();

    Run table = tickmark("clerk", "settlement", "ladder");
    assertThat(table.out()).startsWith("CURRENCY");
  }

  @Test
  void withAllEachDaysObligationsAddUpToItsReceiptsAndPayments() {
    Run r = tickmark("clerk", "settlement", "ladder", "--all", "--format", "csv");
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo(
            "currency,cash_account,date,trade_id,our_reference,counterparty,type,status,amount");
    Map<String, BigDecimal> receipts = new HashMap<>();
    Map<String, BigDecimal> payments = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (String[] m : csv(r)) {
      String day = m[0] + " " + m[1] + " " + m[2];
      BigDecimal amount = new BigDecimal(m[8]);
      (amount.signum() > 0 ? receipts : payments).merge(day, amount.abs(), BigDecimal::add);
      counts.merge(day, 1, Integer::sum);
    }
    List<String[]> days = csv(tickmark("clerk", "settlement", "ladder", "--format", "csv"));
    assertThat(days).anySatisfy(d -> assertThat(Integer.parseInt(d[8])).isPositive());
    for (String[] d : days) {
      String day = d[0] + " " + d[1] + " " + d[2];
      assertThat(receipts.getOrDefault(day, BigDecimal.ZERO)).as(day).isEqualByComparingTo(d[4]);
      assertThat(payments.getOrDefault(day, BigDecimal.ZERO)).as(day).isEqualByComparingTo(d[5]);
      assertThat(counts.getOrDefault(day, 0)).as(day).isEqualTo(Integer.parseInt(d[8]));
    }
  }

  @Test
  void theLadderFromAnOtherDateStartsThere() {
    List<String[]> rows =
        csv(tickmark("clerk", "settlement", "ladder", "--date", "2025-11-22", "--format", "csv"));
    assertThat(rows).allSatisfy(row -> assertThat(row[2]).isGreaterThanOrEqualTo("2025-11-24"));
    assertThat(rows.get(0)[2]).isEqualTo("2025-11-24"); // a Saturday's ladder starts on Monday
  }

  @Test
  void theCashLadderReportGoesToExcelAndTheNettingReportToPdf() throws IOException {
    Path workbook = out.resolve("ladder.xlsx");
    Run ladder = tickmark("clerk", "report", "run", "cash-ladder", "--out", workbook.toString());
    assertThat(ladder.exitCode()).as(ladder.err()).isZero();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
      Sheet sheet = book.getSheet("Cash ladder");
      assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Projected balance");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("EUR");
      assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isNotNaN();
      assertThat(book.getSheet("Obligations")).isNotNull();
    }

    Path pdf = out.resolve("netting.pdf");
    Run netting =
        tickmark(
            "clerk",
            "report",
            "run",
            "netting",
            "--param",
            "date=" + BUSINESS_DATE,
            "--format",
            "pdf",
            "--out",
            pdf.toString());
    assertThat(netting.exitCode()).as(netting.err()).isZero();
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(document);
    }
    String firstSet = csv(tickmark("clerk", "settlement", "netting", "--format", "csv")).get(0)[1];
    assertThat(text).contains("Netting", "Netting sets", "Members", firstSet, "Page 1 of");
  }
}
