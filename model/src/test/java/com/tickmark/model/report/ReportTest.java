package com.tickmark.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
  static final Instant RUN_AT = Instant.parse("2026-03-31T18:05:12Z");

  static ReportSection section(String name) {
    return ReportSection.builder(name).column(ReportColumn.text("Name")).row("x").build();
  }

  @Test
  void showsParametersInOrderFollowedByWhoRanItAndWhen() {
    Report report =
        Report.builder("Trades")
            .asOf(LocalDate.of(2026, 3, 31))
            .period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
            .parameter("Book", "EQ-LDN")
            .parameter("Minimum notional", new BigDecimal("1000000"))
            .parameter("Trades", 42)
            .runBy("a.lovelace", RUN_AT)
            .section(section("Trades"))
            .build();
    assertThat(report.allParameters())
        .extracting(ReportParameter::label)
        .containsExactly(
            "As of", "From", "To", "Book", "Minimum notional", "Trades", "Run by", "Run at");
    assertThat(report.allParameters())
        .extracting(ReportParameter::value)
        .containsExactly(
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 31),
            "EQ-LDN",
            new BigDecimal("1000000"),
            42L,
            "a.lovelace",
            RUN_AT);
    assertThat(report.subtitle()).isEmpty();
  }

  @Test
  void mustSayWhoRanItAndWhen() {
    assertThatThrownBy(() -> Report.builder("Trades").section(section("Trades")).build())
        .hasMessageContaining("who ran it");
    assertThatThrownBy(
            () -> Report.builder("Trades").runBy("me", null).section(section("Trades")).build())
        .hasMessageContaining("when it was run");
  }

  @Test
  void needsASectionAndUniqueSectionNames() {
    assertThatThrownBy(() -> Report.builder("Trades").runBy("me", RUN_AT).build())
        .hasMessageContaining("at least one section");
    assertThatThrownBy(
            () ->
                Report.builder("Trades")
                    .runBy("me", RUN_AT)
                    .section(section("A"))
                    .section(section("a"))
                    .build())
        .hasMessageContaining("two sections named 'a'");
  }

  @Test
  void rejectsAPeriodThatEndsBeforeItStarts() {
    assertThatThrownBy(
            () -> Report.builder("T").period(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
        .hasMessageContaining("ends (2026-03-01) before it starts (2026-03-02)");
  }

  @Test
  void parameterValuesAreTypedCellValues() {
    assertThatThrownBy(() -> ReportParameter.of("Rate", 1.5)).hasMessageContaining("not Double");
    assertThatThrownBy(() -> ReportParameter.of(" ", "x")).hasMessageContaining("label");
  }

  @Test
  void moneyColumnsNeedExactlyOneWayToKnowTheirCurrency() {
    assertThatThrownBy(() -> new ReportColumn("P&L", ColumnKind.MONEY, 2, null, null))
        .hasMessageContaining("either one currency");
    assertThatThrownBy(() -> new ReportColumn("P&L", ColumnKind.MONEY, 2, "USD", "Ccy"))
        .hasMessageContaining("either one currency");
    assertThatThrownBy(() -> new ReportColumn("Qty", ColumnKind.INTEGER, 0, "USD", null))
        .hasMessageContaining("Only money columns");
    assertThatThrownBy(() -> ReportColumn.decimal("Price", 11))
        .hasMessageContaining("between 0 and 10");
    assertThatThrownBy(() -> new ReportColumn("Day", ColumnKind.DATE, 2, null, null))
        .hasMessageContaining("scale must be 0");
    assertThat(ReportColumn.money("P&L", "EUR").describe()).isEqualTo("MONEY (EUR)");
  }

  @Test
  void chartsCheckTheirShape() {
    assertThatThrownBy(
            () -> ReportChart.bar("P&L").categories("A", "B").series("Realised", 1).build())
        .hasMessageContaining("series 'Realised' has 1 values for 2 categories");
    assertThatThrownBy(
            () -> ReportChart.pie("Split").categories("A", "B").series("X", 1, -1).build())
        .hasMessageContaining("negative value -1.0 of 'B'");
    assertThatThrownBy(
            () -> ReportChart.pie("Split").categories("A").series("X", 1).series("Y", 1).build())
        .hasMessageContaining("exactly one series");
    assertThatThrownBy(() -> ReportChart.line("Empty").categories("A").build())
        .hasMessageContaining("at least one series");
    assertThatThrownBy(() -> ChartSeries.of("NaN", Double.NaN))
        .hasMessageContaining("no finite value at point 1");
    ReportChart chart =
        ReportChart.line("Daily")
            .categories("Mon", "Tue")
            .series("P&L", List.of(new BigDecimal("1.5"), 2L))
            .build();
    assertThat(chart.series().get(0).values()).containsExactly(1.5, 2.0);
  }
}
