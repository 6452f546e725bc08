package com.tickmark.model.recon.report;

import static com.tickmark.model.recon.report.ReconReportFixtures.BUSINESS_DATE;
import static com.tickmark.model.recon.report.ReconReportFixtures.THU;
import static com.tickmark.model.recon.report.ReconReportFixtures.cells;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportSection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recon summary over the fixtures' four runs: cash-bank ran twice for Thursday. */
class ReconSummaryReportTest {
  final ReconReportFixtures fixtures = new ReconReportFixtures();

  @Test
  void eachReconAndDateShowsItsLatestRunsCountsAndMatchRate() {
    Report report = new ReconSummaryReport().build(Map.of(), fixtures.context);

    assertThat(fixtures.asked).containsExactly("runs of all");
    ReportSection runs = report.sections().get(0);
    assertThat(runs.columns())
        .extracting(ReportColumn::name)
        .startsWith(
            "Recon",
            "Run date",
            "Ours",
            "Theirs",
            "Matched",
            "With difference",
            "Breaks",
            "Opened",
            "Closed",
            "Match rate");
    assertThat(cells(runs))
        .extracting(r -> r.subList(0, 10))
        .as("the recons in the order they run, then by date; Thursday's re-run of cash-bank only")
        .containsExactly(
            List.of(
                "trades-confirmations",
                BUSINESS_DATE,
                200L,
                199L,
                197L,
                3L,
                3L,
                3L,
                0L,
                new BigDecimal("0.9850")),
            List.of("cash-bank", THU, 30L, 30L, 30L, 0L, 0L, 0L, 2L, new BigDecimal("1.0000")),
            List.of(
                "cash-bank",
                BUSINESS_DATE,
                40L,
                41L,
                38L,
                1L,
                2L,
                1L,
                0L,
                new BigDecimal("0.9500")));
  }

  @Test
  void oneReconReadsOnlyItsRuns() {
    Report report = new ReconSummaryReport().build(Map.of("recon", "cash-bank"), fixtures.context);

    assertThat(fixtures.asked).containsExactly("runs of cash-bank");
    assertThat(cells(report.sections().get(0)))
        .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
        .containsExactly("cash-bank " + THU + " 30", "cash-bank " + BUSINESS_DATE + " 40");
  }
}
