package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickmark settlement penalties} and the CSDR penalties report on a small demo firm whose
 * custodians' status files are all imported.
 */
class SettlementPenaltiesCommandTest {
  static final LocalDate BUSINESS_DATE = LocalDate.parse("2025-11-20");

  @TempDir static Path shared;
  static Path workspace;

  @BeforeAll
  static void makeDemoAndImportTheStatusFiles() {
    workspace = shared.resolve("demo");
    Run r =
        run(
            "demo",
            "--workspace",
            workspace.toString(),
            "--days",
            "5",
            "--trades-per-day",
            "200",
            "--history-days",
            "30",
            "--business-date",
            BUSINESS_DATE.toString(),
            "--seed",
            "11");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Run imported =
        clerk("import", "settlements", workspace.resolve("inbox").resolve("settlement").toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  private static Run clerk(String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace.toString(), "--user", "clerk"));
    all.addAll(Arrays.asList(args));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  private static List<NamedCsvRecord> csv(Run r) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(r.out())) {
      return reader.stream().toList();
    }
  }

  @Test
  void eachFailDayInAnEuCsdIsChargedQuantityTimesCloseTimesRate() throws IOException {
    Run r = clerk("settlement", "penalties", "--month", "2025-11", "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow())
        .startsWith(
            "trade_id,our_reference,counterparty,date,instrument,isin,failing_quantity,"
                + "reference_price,rate,penalty,currency,direction");
    List<NamedCsvRecord> rows = csv(r);
    assertThat(rows).isNotEmpty();

    Set<String> failing = new HashSet<>();
    for (NamedCsvRecord f :
        csv(clerk("settlement", "fails", "--all", "--date", "2025-11-30", "--format", "csv"))) {
      failing.add(f.getField("trade_id"));
    }
    for (NamedCsvRecord p : rows) {
      assertThat(failing).contains(p.getField("trade_id"));
      assertThat(p.getField("currency")).isNotEqualTo("USD"); // US shares settle at DTC: no CSDR
      assertThat(p.getField("direction")).isIn("PAY", "RECEIVE");
      assertThat(LocalDate.parse(p.getField("date"))).isBeforeOrEqualTo(BUSINESS_DATE);
      if (!p.getField("rate_basis").equals("lack of cash")) {
        BigDecimal expected =
            new BigDecimal(p.getField("failing_quantity"))
                .multiply(new BigDecimal(p.getField("reference_price")))
                .multiply(new BigDecimal(p.getField("rate")))
                .setScale(2, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(p.getField("penalty"))).isEqualByComparingTo(expected);
      }
    }
  }

  @Test
  void perCounterpartyTotalsAddUpTheDailyPenalties() throws IOException {
    List<NamedCsvRecord> days =
        csv(clerk("settlement", "penalties", "--month", "2025-11", "--format", "csv"));
    Run r =
        clerk(
            "settlement",
            "penalties",
            "--month",
            "2025-11",
            "--by",
            "counterparty",
            "--format",
            "csv");
    assertThat(r.out()).startsWith("month,counterparty,currency,fails,fail_days,paid,received,net");
    List<NamedCsvRecord> totals = csv(r);
    assertThat(totals.stream().mapToInt(t -> Integer.parseInt(t.getField("fail_days"))).sum())
        .isEqualTo(days.size());
    BigDecimal net =
        days.stream()
            .map(
                d ->
                    d.getField("direction").equals("PAY")
                        ? new BigDecimal(d.getField("penalty")).negate()
                        : new BigDecimal(d.getField("penalty")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(
            totals.stream()
                .map(t -> new BigDecimal(t.getField("net")))
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(net);
  }

  @Test
  void dateAndMonthTogetherAreRefused() {
    Run r = clerk("settlement", "penalties", "--date", "2025-11-20", "--month", "2025-11");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("not both");
  }

  @Test
  void theCsdrPenaltiesReportRendersTheMonth() throws IOException {
    Path workbook = shared.resolve("penalties.xlsx");
    Run r =
        clerk(
            "report",
            "run",
            "csdr-penalties",
            "--param",
            "date=" + BUSINESS_DATE,
            "--out",
            workbook.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
      Sheet summary = book.getSheet("By counterparty");
      assertThat(summary.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Net");
      assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("EUR");
      assertThat(book.getSheet("Fail days")).isNotNull();
    }
  }
}
