package com.tickmark.model.report.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.marketdata.report.PriceHistoryReport;
import com.tickmark.model.refdata.report.CatalogFixture;
import com.tickmark.model.refdata.report.CounterpartyListReport;
import com.tickmark.model.refdata.report.InstrumentMasterReport;
import com.tickmark.model.report.Report;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportCatalogTest {
  private final ReportCatalog catalog =
      new ReportCatalog(
          List.of(
              new PriceHistoryReport(),
              new InstrumentMasterReport(),
              new CounterpartyListReport()));

  @Test
  void listsTheReportsByName() {
    assertThat(catalog.reports())
        .extracting(ReportDefinition::name)
        .containsExactly("counterparty-list", "instrument-master", "price-history");
    assertThat(catalog.reports())
        .allSatisfy(
            r -> {
              assertThat(r.title()).isNotBlank();
              assertThat(r.description()).endsWith(".");
            });
  }

  @Test
  void findsAReportByNameIgnoringCase() {
    assertThat(catalog.get(" Price-History ").title()).isEqualTo("Price history");
    assertThat(catalog.find("nothing")).isEmpty();
  }

  @Test
  void anUnknownReportNamesTheKnownOnes() {
    assertThatThrownBy(() -> catalog.get("trial-balance"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "There is no report 'trial-balance'; the reports are counterparty-list,"
                + " instrument-master, price-history.");
  }

  @Test
  void refusesTwoReportsWithOneName() {
    assertThatThrownBy(
            () -> new ReportCatalog(List.of(new PriceHistoryReport(), new PriceHistoryReport())))
        .hasMessageContaining("Two reports are named 'price-history'");
  }

  @Test
  void everyReportBuildsWithItsDefaultsOrItsRequiredParameters() {
    ReportContext context = CatalogFixture.context();
    for (ReportDefinition definition : catalog.reports()) {
      Map<String, String> required =
          definition.parameters().stream()
              .filter(ReportParameterSpec::isRequired)
              .collect(Collectors.toMap(ReportParameterSpec::name, p -> "AAPL"));
      Report report = definition.build(required, context);
      assertThat(report.title()).isEqualTo(definition.title());
      assertThat(report.runBy()).isEqualTo("clerk");
      assertThat(report.runAt()).isEqualTo(CatalogFixture.RUN_AT);
    }
  }
}
