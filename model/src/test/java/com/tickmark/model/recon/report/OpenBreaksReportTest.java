package com.tickmark.model.recon.report;

import static com.tickmark.model.recon.report.ReconReportFixtures.BUSINESS_DATE;
import static com.tickmark.model.recon.report.ReconReportFixtures.cells;
import static com.tickmark.model.recon.report.ReconReportFixtures.subtotals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportParameter;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ReportParameterException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The open breaks report over the fixtures' eight breaks: four still to work (three in dollars, 0,
 * 2 and 4 days old, one in euros 12 days old), a match with a difference and three done with.
 */
class OpenBreaksReportTest {
  final ReconReportFixtures fixtures = new ReconReportFixtures();

  @Test
  void theBreaksStillToWorkCountAndAddUpPerAgingBucketAndPerReconAndKindInEachCurrency() {
    Report report = new OpenBreaksReport().build(Map.of(), fixtures.context);

    assertThat(fixtures.asked).containsExactly("breaks of all");
    assertThat(report.parameters())
        .contains(
            ReportParameter.of("As of", BUSINESS_DATE), ReportParameter.of("Recon", "Every recon"));
    ReportSection buckets = report.sections().get(0);
    assertThat(buckets.columns())
        .extracting(ReportColumn::name)
        .containsExactly("Currency", "Aging bucket", "Breaks", "Amount");
    assertThat(cells(buckets))
        .containsExactly(
            List.of("EUR", "0", 0L, BigDecimal.ZERO),
            List.of("EUR", "1-2", 0L, BigDecimal.ZERO),
            List.of("EUR", "3-5", 0L, BigDecimal.ZERO),
            List.of("EUR", "6-10", 0L, BigDecimal.ZERO),
            List.of("EUR", ">10", 1L, new BigDecimal("250.00")),
            List.of("USD", "0", 1L, new BigDecimal("1500.00")),
            List.of("USD", "1-2", 1L, new BigDecimal("12.35")),
            List.of("USD", "3-5", 1L, new BigDecimal("10.00")),
            List.of("USD", "6-10", 0L, BigDecimal.ZERO),
            List.of("USD", ">10", 0L, BigDecimal.ZERO));
    assertThat(subtotals(buckets))
        .extracting(
            t -> t.groupValue() + " " + t.totals().cells().get(2) + " " + t.totals().cells().get(3))
        .containsExactly("EUR 1 250.00", "USD 3 1522.35");

    ReportSection byKind = report.sections().get(1);
    assertThat(cells(byKind))
        .as("by currency, then the recons in the order they run")
        .containsExactly(
            List.of("EUR", "positions-custody", "FIELD_MISMATCH", 1L, new BigDecimal("250.00")),
            List.of("USD", "trades-confirmations", "FIELD_MISMATCH", 1L, new BigDecimal("12.35")),
            List.of("USD", "cash-bank", "MISSING_THEIRS", 2L, new BigDecimal("1510.00")));

    ReportSection list = report.sections().get(2);
    assertThat(list.columns())
        .extracting(ReportColumn::name)
        .containsExactly(
            "Recon",
            "Break",
            "Kind",
            "State",
            "Reference",
            "Source",
            "Fields",
            "Amount",
            "Currency",
            "Age (business days)",
            "Run date",
            "Owner",
            "Reason",
            "Comment");
    assertThat(cells(list))
        .extracting(r -> r.get(1))
        .as("neither the match with a difference nor the breaks done with, in the queue's order")
        .containsExactly(8L, 1L, 2L, 3L);
    assertThat(cells(list).get(2))
        .containsExactly(
            "trades-confirmations",
            2L,
            "FIELD_MISMATCH",
            "INVESTIGATING",
            "REF2",
            "inbox/file2.csv:3",
            "price",
            new BigDecimal("12.35"),
            "USD",
            2L,
            BUSINESS_DATE.minusDays(2),
            "carla",
            "COUNTERPARTY_ERROR",
            "broker called");
  }

  @Test
  void oneReconReadsOnlyItsBreaksAndAnUnknownOneIsRefused() {
    Report report = new OpenBreaksReport().build(Map.of("recon", "cash-bank"), fixtures.context);

    assertThat(fixtures.asked).containsExactly("breaks of cash-bank");
    assertThat(report.parameters()).contains(ReportParameter.of("Recon", "cash-bank"));
    assertThat(cells(report.sections().get(2))).extracting(r -> r.get(1)).containsExactly(8L, 1L);
    assertThatThrownBy(
            () -> new OpenBreaksReport().build(Map.of("recon", "cash"), fixtures.context))
        .isInstanceOf(ReportParameterException.class)
        .hasMessageContaining("there is no recon 'cash'");
  }
}
