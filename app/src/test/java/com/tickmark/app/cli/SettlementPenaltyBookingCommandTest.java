package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickmark settlement penalties book} and the booking columns and {@code --all} of {@code
 * settlement penalties}, on a small demo firm early in December whose status files are imported.
 */
class SettlementPenaltyBookingCommandTest {
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
            "10",
            "--trades-per-day",
            "200",
            "--history-days",
            "30",
            "--business-date",
            "2025-12-03",
            "--seed",
            "11");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Run imported =
        as(
            "clerk",
            "import",
            "settlements",
            workspace.resolve("inbox").resolve("settlement").toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  private static Run as(String user, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace.toString(), "--user", user));
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
  void theAccountantBooksOnePenaltyThenTheRestOfNovemberAndTheListsShowWhoAndWhen()
      throws IOException {
    Run before = as("clerk", "settlement", "penalties", "--month", "2025-11", "--format", "csv");
    assertThat(before.out().lines().findFirst().orElseThrow())
        .endsWith(",reason,booked,booked_amount,difference,booked_by,booked_at");
    List<NamedCsvRecord> november = csv(before);
    assertThat(november).as("the demo has November penalties").hasSizeGreaterThan(1);
    assertThat(november).allSatisfy(p -> assertThat(p.getField("booked")).isEqualTo("no"));

    Run clerk = as("clerk", "settlement", "penalties", "book", "--month", "2025-11");
    assertThat(clerk.exitCode()).isEqualTo(1);
    assertThat(clerk.err()).contains("BOOK_PENALTIES");

    Run notOver = as("accountant", "settlement", "penalties", "book", "--month", "2025-12");
    assertThat(notOver.exitCode()).isEqualTo(1);
    assertThat(notOver.err()).contains("2025-12 is not over");

    NamedCsvRecord first = november.get(0);
    Run one =
        as(
            "accountant",
            "settlement",
            "penalties",
            "book",
            "--trade",
            first.getField("trade_id"),
            "--date",
            first.getField("date"));
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(one.out())
        .startsWith(
            "Booked 1 CSDR penalty of "
                + first.getField("trade_id")
                + " on "
                + first.getField("date")
                + " (0 booked before).");

    Run month = as("accountant", "settlement", "penalties", "book", "--month", "2025-11");
    assertThat(month.exitCode()).as(month.err()).isZero();
    int rest = november.size() - 1;
    assertThat(month.out())
        .startsWith("Booked " + rest + " CSDR penalties of 2025-11 (1 booked before).")
        .contains("CURRENCY", "DIRECTION", "EUR");

    Run again = as("accountant", "settlement", "penalties", "book", "--month", "2025-11");
    assertThat(again.out())
        .isEqualTo(
            "Booked 0 CSDR penalties of 2025-11 ("
                + november.size()
                + " booked before)."
                + System.lineSeparator());

    assertThat(csv(as("clerk", "settlement", "penalties", "--month", "2025-11", "--format", "csv")))
        .as("by default the penalties not booked yet")
        .isEmpty();
    List<NamedCsvRecord> all =
        csv(
            as(
                "clerk",
                "settlement",
                "penalties",
                "--month",
                "2025-11",
                "--all",
                "--format",
                "csv"));
    assertThat(all).hasSameSizeAs(november);
    for (NamedCsvRecord p : all) {
      assertThat(p.getField("booked")).isEqualTo("yes");
      assertThat(p.getField("booked_by")).isEqualTo("accountant");
      assertThat(Instant.parse(p.getField("booked_at"))).isNotNull();
      assertThat(new BigDecimal(p.getField("booked_amount")))
          .isEqualByComparingTo(p.getField("penalty"));
      assertThat(p.getField("difference")).isEqualTo("0.00");
    }
    Run table = as("clerk", "settlement", "penalties", "--month", "2025-11", "--all");
    assertThat(table.out().lines().findFirst().orElseThrow()).contains(" BOOKED");

    Run audit = as("compliance", "audit", "list", "--entity", "CsdrPenalty");
    assertThat(audit.exitCode()).as(audit.err()).isZero();
    assertThat(audit.out().lines().filter(l -> l.contains("CSDR penalty booked")))
        .hasSize(november.size())
        .allSatisfy(l -> assertThat(l).contains("accountant", "CREATE"));
  }

  @Test
  void bookNeedsAMonthOrATradeAndADay() {
    Run neither = as("accountant", "settlement", "penalties", "book");
    assertThat(neither.exitCode()).isEqualTo(1);
    assertThat(neither.err()).contains("give --month YYYY-MM, or --trade and --date");
    Run half = as("accountant", "settlement", "penalties", "book", "--trade", "T00000001");
    assertThat(half.exitCode()).isEqualTo(1);
  }
}
