package com.tickmark.model.refdata.report;

import static com.tickmark.model.refdata.report.CatalogFixture.cells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.marketdata.report.PriceHistoryReport;
import com.tickmark.model.report.ChartType;
import com.tickmark.model.report.ColumnKind;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportLine;
import com.tickmark.model.report.ReportParameter;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportParameterException;
import com.tickmark.model.report.catalog.ReportProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReferenceDataReportsTest {
  private final ReportContext context = CatalogFixture.context();

  @Test
  void theInstrumentMasterGroupsByAssetClassWithCounts() {
    Report report = new InstrumentMasterReport().build(Map.of(), context);

    assertThat(report.parameters())
        .containsExactly(
            ReportParameter.of("As of", CatalogFixture.BUSINESS_DATE),
            ReportParameter.of("Asset class", "All asset classes"));
    ReportSection section = report.sections().get(0);
    assertThat(section.columns())
        .extracting(ReportColumn::name)
        .containsExactly(
            "Asset class",
            "Symbol",
            "Name",
            "ISIN",
            "MIC",
            "Currency",
            "Base currency",
            "Sector",
            "Country",
            "Settlement",
            "Count");
    assertThat(cells(section))
        .extracting(row -> row.get(1))
        .containsExactly("AAPL", "MSFT", "SAP", "SPY", "EURUSD");
    assertThat(cells(section).get(0))
        .containsExactly(
            "Equity",
            "AAPL",
            "Apple Inc.",
            "US0378331005",
            "XNAS",
            "USD",
            null,
            "Information Technology",
            "US",
            "T+1 XNYS",
            1L);
    assertThat(cells(section).get(4))
        .containsExactly(
            "FX spot",
            "EURUSD",
            "Euro / US dollar",
            null,
            null,
            "USD",
            "EUR",
            null,
            null,
            "T+2 TARGET,XNYS",
            1L);

    assertThat(subtotals(section))
        .containsExactly(
            "Total Equity: 3",
            "Total Exchange-traded fund: 1",
            "Total FX spot: 1",
            "Grand total: 5");
    assertThat(report.charts())
        .singleElement()
        .satisfies(
            chart -> {
              assertThat(chart.type()).isEqualTo(ChartType.BAR);
              assertThat(chart.categories())
                  .containsExactly("Equity", "Exchange-traded fund", "FX spot");
              assertThat(chart.series().get(0).values()).containsExactly(3.0, 1.0, 1.0);
            });
  }

  @Test
  void theInstrumentMasterCanShowOneAssetClass() {
    Report report = new InstrumentMasterReport().build(Map.of("asset-class", "etf"), context);
    assertThat(report.subtitle()).isEqualTo("Exchange-traded fund instruments");
    assertThat(cells(report.sections().get(0)))
        .extracting(row -> row.get(1))
        .containsExactly("SPY");
    assertThat(report.charts()).as("one class needs no chart").isEmpty();
  }

  @Test
  void theCounterpartyListGroupsByRole() {
    Report report = new CounterpartyListReport().build(Map.of(), context);
    ReportSection section = report.sections().get(0);
    assertThat(section.columns())
        .extracting(ReportColumn::name)
        .containsExactly("Role", "Code", "Name", "LEI", "BIC", "Country", "Count");
    assertThat(cells(section))
        .extracting(row -> row.get(0) + " " + row.get(1))
        .containsExactly("Broker GSCO", "Broker MSCO", "Custodian BNYM", "Bank JPMC");
    assertThat(cells(section).get(0).get(3))
        .isEqualTo(CatalogFixture.COUNTERPARTIES.get(2).lei().value());
    assertThat(subtotals(section))
        .containsExactly(
            "Total Broker: 2", "Total Custodian: 1", "Total Bank: 1", "Grand total: 4");

    Report banks = new CounterpartyListReport().build(Map.of("role", "BANK"), context);
    assertThat(banks.subtitle()).isEqualTo("Banks");
    assertThat(cells(banks.sections().get(0)))
        .extracting(row -> row.get(1))
        .containsExactly("JPMC");
  }

  @Test
  void thePriceHistoryShowsCloseVolumeAndDailyChangeWithAChart() {
    Report report =
        new PriceHistoryReport()
            .build(Map.of("instrument", "AAPL", "from", "2025-11-14", "to", "2025-11-20"), context);

    assertThat(report.subtitle()).isEqualTo("AAPL \u00b7 Apple Inc. \u00b7 closing prices in USD");
    assertThat(report.parameters())
        .extracting(ReportParameter::label)
        .containsExactly("Instrument", "From", "To");
    ReportSection section = report.sections().get(0);
    assertThat(section.columns())
        .extracting(ReportColumn::kind)
        .containsExactly(
            ColumnKind.DATE, ColumnKind.MONEY, ColumnKind.INTEGER, ColumnKind.PERCENTAGE);
    assertThat(section.columns().get(1).scale())
        .as("the close shows the decimals its prices need")
        .isEqualTo(3);
    assertThat(section.columns().get(1).currency()).isEqualTo("USD");
    List<List<Object>> rows = cells(section);
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0))
        .containsExactly(
            LocalDate.of(2025, 11, 14),
            new BigDecimal("200.000000"),
            1_000_000L,
            new BigDecimal("0.010101"));
    assertThat(rows)
        .extracting(row -> row.get(3))
        .containsExactly(
            new BigDecimal("0.010101"),
            new BigDecimal("0.010000"),
            new BigDecimal("-0.010000"),
            new BigDecimal("0.000000"),
            new BigDecimal("0.052630"));
    assertThat(report.charts())
        .singleElement()
        .satisfies(
            chart -> {
              assertThat(chart.type()).isEqualTo(ChartType.LINE);
              assertThat(chart.categories())
                  .containsExactly(
                      "2025-11-14", "2025-11-17", "2025-11-18", "2025-11-19", "2025-11-20");
              assertThat(chart.series().get(0).values())
                  .containsExactly(200.0, 202.0, 199.98, 199.98, 210.505);
              assertThat(chart.valueAxisTitle()).isEqualTo("USD");
            });
  }

  @Test
  void thePriceHistoryDefaultsToTheLast250BusinessDaysOfTheInstrumentsMarket() {
    CatalogFixture.Prices prices = new CatalogFixture.Prices();
    Report report =
        new PriceHistoryReport()
            .build(Map.of("instrument", "AAPL"), CatalogFixture.context(prices));
    assertThat(prices.askedTo).isEqualTo(CatalogFixture.BUSINESS_DATE);
    List<LocalDate> expected =
        CatalogFixture.XNYS.businessDaysEndingOn(CatalogFixture.BUSINESS_DATE, 250);
    assertThat(prices.askedFrom).isEqualTo(expected.get(0)).isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(report.parameters())
        .contains(ReportParameter.of("From", LocalDate.of(2024, 11, 22)));
    assertThat(cells(report.sections().get(0))).hasSize(6);
    assertThat(cells(report.sections().get(0)).get(0).get(3))
        .as("no close before the first")
        .isNull();
  }

  @Test
  void aPeriodWithoutPricesSaysSoAndHasNoChart() {
    Report report =
        new PriceHistoryReport()
            .build(Map.of("instrument", "SAP", "from", "2025-11-01", "to", "2025-11-20"), context);
    assertThat(cells(report.sections().get(0))).isEmpty();
    assertThat(report.charts()).isEmpty();
    assertThat(report.notes())
        .containsExactly("No closing prices of SAP are stored from 2025-11-01 to 2025-11-20.");
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(
            () ->
                new PriceHistoryReport()
                    .build(
                        Map.of("instrument", "AAPL", "from", "2025-11-21", "to", "2025-11-20"),
                        context))
        .isInstanceOf(ReportParameterException.class)
        .hasMessage(
            "Parameter 'from' (2025-11-21) is after 'to' (2025-11-20); give a period that starts on"
                + " or before its end.");
  }

  /** "label: count" of each subtotal and the grand total. */
  private static List<String> subtotals(ReportSection section) {
    int count = section.columnIndex("Count");
    try (Stream<ReportLine> lines = section.lines()) {
      return lines
          .<String>mapMulti(
              (line, out) -> {
                if (line instanceof ReportLine.Subtotal s) {
                  out.accept(s.label() + ": " + s.totals().get(count));
                } else if (line instanceof ReportLine.GrandTotal g) {
                  out.accept(g.label() + ": " + g.totals().get(count));
                }
              })
          .toList();
    }
  }

  @Test
  void progressFollowsTheRowsARendererReadsAndCanStopIt() {
    Report report = new InstrumentMasterReport().build(Map.of(), context);
    assertThat(ReportProgress.rowCount(report)).isEqualTo(5);
    long[] seen = new long[2];
    Report observed =
        ReportProgress.observed(
            report,
            5,
            (done, total) -> {
              seen[0] = done;
              seen[1] = total;
            });
    try (Stream<ReportLine> lines = observed.sections().get(0).lines()) {
      assertThat(lines.count()).isEqualTo(9);
    }
    assertThat(seen).containsExactly(5, 5);

    Report stopping =
        ReportProgress.observed(
            report,
            5,
            (done, total) -> {
              if (done == 3) {
                throw new CancellationException("Cancelled");
              }
            });
    assertThatThrownBy(
            () -> {
              try (Stream<ReportLine> lines = stopping.sections().get(0).lines()) {
                lines.forEach(line -> {});
              }
            })
        .isInstanceOf(CancellationException.class);
  }
}
