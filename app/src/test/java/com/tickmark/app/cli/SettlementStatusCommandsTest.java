package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.calendar.MarketCalendars;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
 * {@code tickmark import settlements}, {@code settlement fails} and {@code settlement unknown} on
 * one small demo firm, in the order a clerk's morning runs: a bad file refused, the whole inbox
 * folder imported (the acceptance check against {@code demo/injected-faults.csv}), repeats
 * refused, an unknown reference kept, a fail assigned, a partial settlement then the rest, and the
 * fails aging report.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettlementStatusCommandsTest {
  static final LocalDate BUSINESS_DATE = LocalDate.parse("2025-11-20");

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
    folder = workspace.resolve("inbox").resolve("settlement");
  }

  private static Run as(String user, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace.toString(), "--user", user));
    all.addAll(Arrays.asList(args));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  private static Run clerk(String... args) {
    return as("clerk", args);
  }

  /** A CSV listing's rows by its first column, each as column name → value. */
  private static Map<String, Map<String, String>> csv(Run r) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isZero();
    Map<String, Map<String, String>> rows = new HashMap<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(r.out())) {
      for (NamedCsvRecord rec : reader) {
        rows.put(rec.getField(0), rec.getFieldsAsMap());
      }
    }
    return rows;
  }

  private static Map<String, Map<String, String>> fails(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("settlement", "fails", "--format", "csv"));
    all.addAll(Arrays.asList(args));
    return csv(clerk(all.toArray(String[]::new)));
  }

  /**
   * Weekdays after {@code from} up to and including {@code to} (none of the demo's are holidays).
   */
  private static int weekdaysAfter(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        n++;
      }
    }
    return n;
  }

  private static Path copyWith(String name, String... lines) throws IOException {
    Path dir = Files.createDirectories(shared.resolve("files"));
    String header = Files.readAllLines(folder.resolve("ACS_status_20251120.csv")).get(0);
    List<String> all = new ArrayList<>(List.of(header));
    all.addAll(Arrays.asList(lines));
    return Files.write(dir.resolve(name), all, StandardCharsets.UTF_8);
  }

  /** The settled quantity of the obligation's book and instrument as of {@code date}. */
  private static BigDecimal settledPosition(Map<String, String> obligation, String date)
      throws IOException {
    Run r = clerk("positions", "--date", date, "--book", obligation.get("book"), "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    BigDecimal settled = BigDecimal.ZERO;
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(r.out())) {
      for (NamedCsvRecord rec : reader) {
        if (rec.getField("instrument").equals(obligation.get("instrument"))) {
          settled = settled.add(new BigDecimal(rec.getField("settled_quantity")));
        }
      }
    }
    return settled;
  }

  @Test
  @Order(1)
  void aBadLineIsNamedByFileLineAndFieldAndNothingIsWritten() throws IOException {
    List<String> good = Files.readAllLines(folder.resolve("BTC_status_20251120.csv"));
    List<String> lines = new ArrayList<>(good);
    String[] cells = lines.get(3).split(",", -1);
    cells[12] = "SETLED"; // the status column
    lines.set(3, String.join(",", cells));
    Path bad = Files.write(shared.resolve("BTC_bad.csv"), lines, StandardCharsets.UTF_8);
    Map<String, Map<String, String>> before =
        csv(clerk("settlement", "obligations", "--all", "--format", "csv"));

    Run r = clerk("import", "settlements", bad.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            bad
                + ":4: status: 'SETLED' is not one of PENDING, MATCHED, SETTLED,"
                + " PARTIALLY_SETTLED, FAILED")
        .contains("nothing was written");
    assertThat(fails("--all")).isEmpty();
    assertThat(csv(clerk("settlement", "unknown", "--format", "csv"))).isEmpty();
    // the good lines of the refused file settled nothing either
    assertThat(csv(clerk("settlement", "obligations", "--all", "--format", "csv")))
        .isEqualTo(before);
  }

  @Test
  @Order(2)
  void everyInjectedSettlementFaultIsAFailWithItsReasonAndAgeAndNoOtherTradeIs()
      throws IOException {
    Run imported = clerk("import", "settlements", folder.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("10 files imported");

    Map<String, NamedCsvRecord> faults = new HashMap<>();
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder()
            .ofNamedCsvRecord(workspace.resolve("demo").resolve("injected-faults.csv"))) {
      for (NamedCsvRecord f : reader) {
        if (f.getField("kind").endsWith("_SETTLEMENT")) {
          faults.put(f.getField("reference"), f);
        }
      }
    }
    assertThat(faults).hasSizeGreaterThan(5);
    Map<String, Map<String, String>> byReference = new HashMap<>();
    fails("--all").values().forEach(f -> byReference.put(f.get("our_reference"), f));

    assertThat(byReference.keySet()).isEqualTo(faults.keySet()); // both ways
    faults.forEach(
        (reference, fault) -> {
          Map<String, String> fail = byReference.get(reference);
          LocalDate intended = LocalDate.parse(fault.getField("expected"));
          assertThat(fail.get("intended_settlement_date")).isEqualTo(intended.toString());
          if (fault.getField("kind").equals("LATE_SETTLEMENT")) {
            LocalDate settled = LocalDate.parse(fault.getField("actual"));
            assertThat(fail.get("status")).as(reference).isEqualTo("RESOLVED");
            assertThat(fail.get("resolved_on")).isEqualTo(settled.toString());
            assertThat(fail.get("age_business_days"))
                .as(reference)
                .isEqualTo(Integer.toString(weekdaysAfter(intended, settled)));
            assertThat(fault.getField("description"))
                .endsWith("after failing with " + fail.get("reason"));
          } else {
            assertThat(fail.get("status")).as(reference).isEqualTo("OPEN");
            assertThat(fail.get("age_business_days"))
                .as(reference)
                .isEqualTo(Integer.toString(weekdaysAfter(intended, BUSINESS_DATE)));
            assertThat(fault.getField("actual")).isEqualTo("FAILED " + fail.get("reason"));
            // the newest FAILED line is the one the fault points at
            assertThat(fail.get("status_line"))
                .isEqualTo(
                    Path.of(fault.getField("file")).getFileName() + ":" + fault.getField("line"));
          }
          assertThat(fail.get("reason")).isIn("LACK", "MONY", "CMIS");
        });

    // Without --all only the open ones; their obligations are failing, the resolved ones settled.
    assertThat(fails().values()).allSatisfy(f -> assertThat(f.get("status")).isEqualTo("OPEN"));
    Map<String, Map<String, String>> obligations =
        csv(clerk("settlement", "obligations", "--all", "--format", "csv"));
    byReference
        .values()
        .forEach(
            f ->
                assertThat(obligations.get(f.get("trade_id")).get("status"))
                    .isEqualTo(f.get("status").equals("OPEN") ? "FAILED" : "SETTLED"));
  }

  @Test
  @Order(3)
  void importingAFileOrTheFolderASecondTimeIsRefused() {
    Run file = clerk("import", "settlements", folder.resolve("ACS_status_20251118.csv").toString());
    assertThat(file.exitCode()).isEqualTo(1);
    assertThat(file.err())
        .contains("ACS_status_20251118.csv was already imported on")
        .contains("by clerk")
        .contains("nothing was written");

    Run again = clerk("import", "settlements", folder.toString());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.out()).contains("0 files imported").contains("10 passed over");
    assertThat(again.err()).contains("was imported before; nothing was written");
  }

  @Test
  @Order(4)
  void aStatusForAReferenceTheFirmDoesNotKnowIsKeptAndListed() throws IOException {
    Path file =
        copyWith(
            "CUS_status_20251120.csv",
            "2025-11-20,9999-000001,E-NOT-OURS-1,US0378331005,AAPL,BUY,RVP,100,22000.00,USD,"
                + "2025-11-18,2025-11-19,FAILED,0,,CMIS");
    Run r = clerk("import", "settlements", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 with an unknown reference");

    Map<String, Map<String, String>> unknown =
        csv(clerk("settlement", "unknown", "--format", "csv"));
    assertThat(unknown).containsOnlyKeys("CUS_status_20251120.csv");
    assertThat(unknown.get("CUS_status_20251120.csv"))
        .containsEntry("line", "2")
        .containsEntry("our_reference", "E-NOT-OURS-1")
        .containsEntry("status", "FAILED")
        .containsEntry("reason_code", "CMIS");
    assertThat(fails("--all").values())
        .noneMatch(f -> f.get("our_reference").equals("E-NOT-OURS-1"));
  }

  @Test
  @Order(5)
  void aClerkAssignsAFailWithACommentAndTheTrailSaysSo() throws IOException {
    String trade = fails().keySet().stream().sorted().findFirst().orElseThrow();

    Run viewer = as("viewer", "settlement", "fails", "assign", trade, "--owner", "clerk");
    assertThat(viewer.exitCode()).isEqualTo(1);
    assertThat(viewer.err()).contains("WORK_SETTLEMENTS");

    Run r =
        clerk(
            "settlement",
            "fails",
            "assign",
            trade,
            "--owner",
            "clerk",
            "--comment",
            "chasing the broker for the shares");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(fails().get(trade))
        .containsEntry("owner", "clerk")
        .containsEntry("comment", "chasing the broker for the shares");

    Run audit = as("compliance", "audit", "list", "--entity", "SettlementFail", "--id", trade);
    assertThat(audit.out()).contains("chasing the broker for the shares").contains("clerk");

    Run notAFail = clerk("settlement", "fails", "assign", "T00000001", "--owner", "clerk");
    assertThat(notAFail.exitCode()).isEqualTo(1);
    assertThat(notAFail.err()).contains("T00000001 is not a settlement fail");
  }

  @Test
  @Order(6)
  void anOpenFailAgesInBusinessDaysOfItsMarketSkippingWeekendsAndHolidays() throws IOException {
    LocalDate later = LocalDate.parse("2025-12-01"); // two weekends and Thanksgiving later
    HolidayCalendar xnys = MarketCalendars.xnys(2025, 2025);
    Map<String, Map<String, String>> open = fails("--date", later.toString());
    List<Map<String, String>> us =
        open.values().stream().filter(f -> f.get("currency").equals("USD")).toList();
    assertThat(us).isNotEmpty();
    for (Map<String, String> f : us) {
      LocalDate intended = LocalDate.parse(f.get("intended_settlement_date"));
      int expected = xnys.businessDays(intended.plusDays(1), later).size();
      assertThat(f.get("age_business_days")).isEqualTo(Integer.toString(expected));
      assertThat(expected).isLessThan(weekdaysAfter(intended, later)); // 27 November is closed
      assertThat(f.get("aging_bucket")).isEqualTo(expected > 5 ? "6-10" : "3-5");
    }
    Map<String, Map<String, String>> obligations =
        csv(clerk("settlement", "obligations", "--date", later.toString(), "--format", "csv"));
    for (Map<String, String> f : us) {
      Map<String, String> o = obligations.get(f.get("trade_id"));
      assertThat(o.get("status")).isEqualTo("FAILED");
      assertThat(o.get("age_business_days"))
          .as("the obligations list ages %s as the fails list does", f.get("trade_id"))
          .isEqualTo(f.get("age_business_days"));
    }
  }

  @Test
  @Order(7)
  void aPartialSettlementThenTheRestResolvesTheFailAndMovesTheSettledPosition() throws IOException {
    Map<String, String> fail =
        fails().values().stream()
            .filter(f -> Integer.parseInt(f.get("quantity")) % 2 == 0)
            .findFirst()
            .orElseThrow();
    String trade = fail.get("trade_id");
    Map<String, String> obligation =
        csv(clerk("settlement", "obligations", "--all", "--format", "csv")).get(trade);
    int quantity = Integer.parseInt(fail.get("quantity"));
    String half = Integer.toString(quantity / 2);
    String columns =
        ","
            + obligation.get("delivery_account")
            + ","
            + fail.get("our_reference")
            + ","
            + obligation.get("isin")
            + ","
            + obligation.get("instrument")
            + ","
            + obligation.get("side")
            + ","
            + (obligation.get("side").equals("BUY") ? "RVP" : "DVP")
            + ","
            + quantity
            + ","
            + fail.get("value")
            + ","
            + fail.get("currency")
            + ",2025-11-14,"
            + fail.get("intended_settlement_date")
            + ",";
    BigDecimal settledBefore = settledPosition(obligation, "2025-11-21");
    Path part =
        copyWith(
            "PART_status_20251121.csv",
            "2025-11-21" + columns + "PARTIALLY_SETTLED," + half + ",2025-11-21,");
    Run first = clerk("import", "settlements", part.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("1 settled parts recorded");

    Map<String, String> partly = fails("--date", "2025-11-21").get(trade);
    assertThat(partly).containsEntry("status", "OPEN").containsEntry("settled_quantity", half);
    assertThat(
            csv(clerk("settlement", "obligations", "--date", "2025-11-21", "--format", "csv"))
                .get(trade))
        .containsEntry("settled_quantity", half);
    BigDecimal moved = settledPosition(obligation, "2025-11-21").subtract(settledBefore);
    assertThat(obligation.get("side").equals("BUY") ? moved : moved.negate())
        .isEqualByComparingTo(half);

    Path rest =
        copyWith(
            "PART_status_20251124.csv",
            "2025-11-24" + columns + "SETTLED," + quantity + ",2025-11-24,");
    Run second = clerk("import", "settlements", rest.toString());
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("1 settled parts recorded");

    Map<String, String> done = fails("--all", "--date", "2025-11-24").get(trade);
    assertThat(done)
        .containsEntry("status", "RESOLVED")
        .containsEntry("resolved_on", "2025-11-24")
        .containsEntry("settled_quantity", Integer.toString(quantity));
    assertThat(fails("--date", "2025-11-24")).doesNotContainKey(trade);
    assertThat(
            csv(clerk(
                    "settlement",
                    "obligations",
                    "--all",
                    "--date",
                    "2025-11-24",
                    "--format",
                    "csv"))
                .get(trade))
        .containsEntry("status", "SETTLED");
    // as of the day of the first part it was still open, and stays so in the history
    assertThat(fails("--date", "2025-11-21").get(trade)).containsEntry("status", "OPEN");
  }

  @Test
  @Order(8)
  void theFailsAgingReportListsWhatSettlementFailsListsInExcelAndPdf() throws IOException {
    Map<String, Map<String, String>> listed = fails("--all");
    Path workbook = shared.resolve("fails-aging.xlsx");
    Run excel =
        clerk("report", "run", "fails-aging", "--param", "fails=all", "--out", workbook.toString());
    assertThat(excel.exitCode()).as(excel.err()).isZero();
    Map<String, Row> reported = new HashMap<>();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
      Sheet buckets = book.getSheet("Aging buckets");
      assertThat(buckets.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Fails");
      assertThat(buckets.getRow(1).getCell(1).getStringCellValue()).isEqualTo("0");
      Sheet fails = book.getSheet("Fails");
      assertThat(fails.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Age (business days)");
      for (Row row : fails) {
        Cell trade = row.getCell(1);
        if (row.getRowNum() > 0
            && trade != null
            && trade.getCellType() == CellType.STRING
            && trade.getStringCellValue().matches("T\\d+")) {
          reported.put(trade.getStringCellValue(), row);
        }
      }
      assertThat(reported.keySet()).isEqualTo(listed.keySet());
      reported.forEach(
          (trade, row) -> {
            Map<String, String> f = listed.get(trade);
            assertThat((long) row.getCell(6).getNumericCellValue())
                .as(trade)
                .isEqualTo(Long.parseLong(f.get("age_business_days")));
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo(f.get("status"));
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo(f.get("owner"));
            assertThat(BigDecimal.valueOf(row.getCell(10).getNumericCellValue()))
                .isEqualByComparingTo(f.get("value"));
          });
    }
    assertThat(reported.values())
        .as("the fail assigned this morning")
        .anySatisfy(row -> assertThat(row.getCell(9).getStringCellValue()).isEqualTo("clerk"));

    Path pdf = shared.resolve("fails-aging.pdf");
    Run printed = clerk("report", "run", "fails-aging", "--format", "pdf", "--out", pdf.toString());
    assertThat(printed.exitCode()).as(printed.err()).isZero();
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(document);
    }
    String open = fails().keySet().stream().sorted().findFirst().orElseThrow();
    assertThat(text).contains("Fails aging", "Aging buckets", "Open only", open, "Page 1 of");
  }

  /** The status of a trade's current version, as {@code trade show} prints its last line. */
  private static String tradeStatus(String trade) {
    Run r = clerk("trade", "show", trade);
    assertThat(r.exitCode()).as(r.err()).isZero();
    String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    return last.split("\\s+")[2];
  }

  /** The settled balance of each cash account as of {@code date}, by account code. */
  private static Map<String, BigDecimal> settledCash(String date) throws IOException {
    Map<String, BigDecimal> balances = new HashMap<>();
    csv(clerk("positions", "--cash", "--date", date, "--format", "csv"))
        .forEach(
            (account, row) -> balances.put(account, new BigDecimal(row.get("settled_balance"))));
    return balances;
  }

  @Test
  @Order(9)
  void fxTradesSettledThroughClsAreSettledAndOneMarkedSettledLateMovesItsCashThatDay()
      throws IOException {
    List<Map<String, String>> fx =
        csv(clerk("settlement", "obligations", "--all", "--format", "csv")).values().stream()
            .filter(o -> o.get("type").equals("PVP"))
            .toList();
    // CLS writes no custodian status file: the demo keeps the FX settlements it made
    assertThat(fx).anySatisfy(o -> assertThat(o.get("status")).isEqualTo("SETTLED"));
    List<Map<String, String>> failing =
        fx.stream().filter(o -> o.get("status").equals("FAILED")).toList();
    assertThat(failing).isNotEmpty().hasSizeLessThan(fx.size() / 10);
    for (Map<String, String> o : failing) { // only the trades the firm knows did not settle
      String status = tradeStatus(o.get("trade_id"));
      if (!status.equals("FAILED")) {
        assertThat(status).as(o.get("trade_id")).isEqualTo("AFFIRMED");
        assertThat(o.get("intended_settlement_date")).isEqualTo(BUSINESS_DATE.toString());
      }
    }

    Map<String, String> late =
        failing.stream()
            .filter(o -> tradeStatus(o.get("trade_id")).equals("FAILED"))
            .findFirst()
            .orElseThrow();
    String trade = late.get("trade_id");
    Map<String, BigDecimal> before = settledCash(BUSINESS_DATE.toString());
    Run settled = clerk("trade", "settle", trade);
    assertThat(settled.exitCode()).as(settled.err()).isZero();

    Map<String, String> after =
        csv(clerk("settlement", "obligations", "--all", "--format", "csv")).get(trade);
    assertThat(after)
        .containsEntry("status", "SETTLED")
        .containsEntry("settled_quantity", late.get("quantity"));
    Map<String, BigDecimal> now = settledCash(BUSINESS_DATE.toString());
    BigDecimal quantity = new BigDecimal(late.get("quantity"));
    boolean buy = late.get("side").equals("BUY");
    // the quote currency's cash moved by the amount, the base currency's by the quantity
    assertThat(now.get(late.get("cash_account")).subtract(before.get(late.get("cash_account"))))
        .isEqualByComparingTo(late.get("amount"));
    assertThat(
            now.get(late.get("delivery_account"))
                .subtract(before.get(late.get("delivery_account"))))
        .isEqualByComparingTo(buy ? quantity : quantity.negate());
    // settled late: on the business date it was marked, not before
    LocalDate dayBefore = BUSINESS_DATE.minusDays(1);
    assertThat(
            csv(clerk(
                    "settlement",
                    "obligations",
                    "--all",
                    "--date",
                    dayBefore.toString(),
                    "--format",
                    "csv"))
                .get(trade))
        .containsEntry("status", "FAILED");
  }

  @Test
  @Order(10)
  void aFailMarkedSettledByHandIsResolvedAndTheCustodiansLaterSettledLineAddsNothing()
      throws IOException {
    Map<String, String> fail =
        fails().values().stream()
            .filter(f -> f.get("settled_quantity").equals("0"))
            .filter(f -> LocalDate.parse(f.get("intended_settlement_date")).isBefore(BUSINESS_DATE))
            .filter(f -> tradeStatus(f.get("trade_id")).equals("FAILED"))
            .findFirst()
            .orElseThrow();
    String trade = fail.get("trade_id");
    Map<String, String> obligation =
        csv(clerk("settlement", "obligations", "--all", "--format", "csv")).get(trade);
    String date = BUSINESS_DATE.toString();
    BigDecimal settledBefore = settledPosition(obligation, date);

    Run settled = clerk("trade", "settle", trade, "--reason", "custodian confirmed by phone");
    assertThat(settled.exitCode()).as(settled.err()).isZero();

    assertThat(fails("--all").get(trade))
        .containsEntry("status", "RESOLVED")
        .containsEntry("resolved_on", date)
        .containsEntry("settled_quantity", fail.get("quantity"));
    assertThat(fails()).doesNotContainKey(trade);
    BigDecimal moved = settledPosition(obligation, date).subtract(settledBefore);
    assertThat(obligation.get("side").equals("BUY") ? moved : moved.negate())
        .isEqualByComparingTo(fail.get("quantity"));

    Path file =
        copyWith(
            "LATE_status_20251121.csv",
            "2025-11-21,"
                + obligation.get("delivery_account")
                + ","
                + fail.get("our_reference")
                + ","
                + obligation.get("isin")
                + ","
                + obligation.get("instrument")
                + ","
                + obligation.get("side")
                + ","
                + obligation.get("type")
                + ","
                + fail.get("quantity")
                + ","
                + fail.get("value")
                + ","
                + fail.get("currency")
                + ",2025-11-14,"
                + fail.get("intended_settlement_date")
                + ",SETTLED,"
                + fail.get("quantity")
                + ",2025-11-21,");
    Run imported = clerk("import", "settlements", file.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("0 settled parts recorded");
    assertThat(settledPosition(obligation, "2025-11-21").subtract(settledBefore))
        .isEqualByComparingTo(moved);
  }
}
