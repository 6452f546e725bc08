package com.tickmark.model.recon.report;

import static com.tickmark.model.recon.report.ReconReportFixtures.BUSINESS_DATE;
import static com.tickmark.model.recon.report.ReconReportFixtures.cells;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportSection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The resolved breaks log over the fixtures: one resolved, one written off in yen, one closed by a
 * run; neither the breaks still open nor the match with a difference.
 */
class ResolvedBreaksReportTest {
  final ReconReportFixtures fixtures = new ReconReportFixtures();

  @Test
  void listsTheBreaksDoneWithLatestChangeFirstWithWhoChangedThemAndTheirAmount() {
    Report report = new ResolvedBreaksReport().build(Map.of(), fixtures.context);

    assertThat(fixtures.asked).containsExactly("breaks of all");
    ReportSection log = report.sections().get(0);
    assertThat(log.columns())
        .extracting(ReportColumn::name)
        .containsExactly(
            "Changed at",
            "Changed by",
            "Recon",
            "Break",
            "Kind",
            "State",
            "Reference",
            "Run date",
            "Amount",
            "Currency",
            "Owner",
            "Reason",
            "Comment");
    assertThat(cells(log))
        .containsExactly(
            List.of(
                Instant.parse("2026-11-20T11:00:00Z"),
                "alice",
                "trades-confirmations",
                6L,
                "MISSING_THEIRS",
                "WRITTEN_OFF",
                "REF6",
                BUSINESS_DATE.minusDays(5),
                new BigDecimal("1234"),
                "JPY",
                "carla",
                "OTHER",
                "broker gone"),
            List.of(
                Instant.parse("2026-11-20T10:00:00Z"),
                "carla",
                "cash-bank",
                5L,
                "UNEXPECTED",
                "RESOLVED",
                "REF5",
                BUSINESS_DATE.minusDays(3),
                new BigDecimal("40.00"),
                "USD",
                "carla",
                "BANK_CHARGES",
                "booked the fee"),
            List.of(
                Instant.parse("2026-11-20T08:00:00Z"),
                "admin",
                "positions-custody",
                7L,
                "MISSING_THEIRS",
                "CLOSED",
                "REF7",
                BUSINESS_DATE.minusDays(2),
                new BigDecimal("99.00"),
                "EUR",
                "",
                "",
                ""));
  }
}
