package com.tickmark.model.settlement.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.intake.CsvRows;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeJournal;
import com.tickmark.model.intake.IntakeLayout;
import com.tickmark.model.intake.IntakeOutcome;
import com.tickmark.model.intake.IntakeRequest;
import com.tickmark.model.intake.IntakeTarget;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of a status file's lines, each problem named by line and field. */
class StatusRowsTest {
  static final String HEADER =
      "statement_date,account_number,our_reference,isin,symbol,side,delivery_type,quantity,"
          + "settlement_amount,currency,trade_date,intended_settlement_date,status,"
          + "settled_quantity,actual_settlement_date,reason_code";
  static final String START = "2025-11-20,3437-862486,E1,US9325941048,HPT,BUY,RVP,";

  private static IntakeOutcome<StatusLine> check(String text) {
    IntakeTarget<StatusLine> nowhere =
        new IntakeTarget<>() {
          @Override
          public String kind() {
            return "test";
          }

          @Override
          public long nextId() {
            return 1;
          }

          @Override
          public long id(StatusLine row) {
            return row.id();
          }

          @Override
          public void insert(List<StatusLine> rows) {}

          @Override
          public void delete(long first, long last) {}
        };
    StatusProfile profile = StatusProfile.forHeader(text.lines().findFirst().orElseThrow());
    return new Intake<StatusField, StatusLine>(
            nowhere, IntakeJournal.NONE, Transactions.DIRECT, Clock.systemUTC())
        .run(
            new IntakeRequest("s.csv", "s.csv", "x", "clerk", ImportMode.PREVIEW, 10, false),
            profile,
            CsvRows.of(text, IntakeLayout.of(profile)),
            new StatusRows("s.csv", reference -> null),
            null,
            ImportMonitor.NONE,
            o -> {});
  }

  private static List<String> problems(String... lines) {
    return check(HEADER + "\n" + String.join("\n", lines) + "\n").problems().stream()
        .map(p -> p.describe("s.csv"))
        .toList();
  }

  @Test
  void aPartialSettlementKeepsWhatIsSettledAndWhatRemains() {
    IntakeOutcome<StatusLine> o =
        check(
            HEADER
                + ",remaining_quantity\n"
                + START
                + "1000,5000.00,USD,2025-11-18,2025-11-19,PARTIALLY SETTLED,400,2025-11-20,,600\n");
    assertThat(o.problems()).isEmpty();
    StatusLine line = o.sample().get(0);
    assertThat(line.status()).isEqualTo(StatusCode.PARTIALLY_SETTLED);
    assertThat(line.settledQuantity()).isEqualByComparingTo("400");
    assertThat(line.remainingQuantity()).isEqualByComparingTo("600");
    assertThat(line.known()).isFalse();
  }

  @Test
  void theSettledQuantityMustFitTheStatus() {
    assertThat(
            problems(
                START + "100,500.00,USD,2025-11-18,2025-11-19,SETTLED,60,2025-11-20,",
                START + "100,500.00,USD,2025-11-18,2025-11-19,PARTIALLY_SETTLED,100,2025-11-20,",
                START + "100,500.00,USD,2025-11-18,2025-11-19,PENDING,5,,",
                START + "100,500.00,USD,2025-11-18,2025-11-19,FAILED,-1,,LACK"))
        .containsExactly(
            "s.csv:2: settled_quantity: is 60 on a SETTLED line; must be the quantity 100",
            "s.csv:3: settled_quantity: is 100 on a PARTIALLY_SETTLED line; must be more than 0"
                + " and less than the quantity 100",
            "s.csv:4: settled_quantity: is 5 on a PENDING line; must be 0",
            "s.csv:5: settled_quantity: must not be negative");
  }

  @Test
  void datesAndReasonsAreCheckedAgainstTheStatus() {
    assertThat(
            problems(
                START + "100,500.00,USD,2025-11-18,2025-11-19,SETTLED,100,,",
                START + "100,500.00,USD,2025-11-18,2025-11-19,FAILED,0,2025-11-19,",
                START + "100,500.00,USD,2025-11-18,2025-11-19,SETTLED,100,2025-11-21,",
                START + "100,500.00,USD,2025-11-18,19.11.2025,MATCHED,0,,"))
        .containsExactly(
            "s.csv:2: actual_settlement_date: is required on a SETTLED line",
            "s.csv:3: actual_settlement_date: must be empty on a FAILED line (nothing settled)",
            "s.csv:3: reason_code: is required on a FAILED line (LACK, MONY, CMIS, …)",
            "s.csv:4: actual_settlement_date: 2025-11-21 is after the statement date 2025-11-20",
            "s.csv:5: intended_settlement_date: '19.11.2025' is not a date (YYYY-MM-DD)");
  }

  @Test
  void aFileWithItsHeaderAloneIsAnEmptyReportNotAProblem() {
    assertThat(check(HEADER + "\n").problems()).isEmpty();
    List<ImportProblem> missing = check("statement_date,our_reference\n").problems();
    assertThat(missing).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
  }
}
