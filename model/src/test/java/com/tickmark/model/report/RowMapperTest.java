package com.tickmark.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RowMapperTest {
  record Position(String book, int quantity, BigDecimal marketValue, double rate) {}

  static final RowMapper<Position> MAPPER =
      RowMapper.<Position>builder()
          .column(ReportColumn.text("Book"), Position::book)
          .column(ReportColumn.integer("Quantity"), Position::quantity)
          .column(ReportColumn.money("Market value", "USD"), Position::marketValue)
          .build();

  @Test
  void mapsRecordsInMemoryToRowsInColumnOrder() {
    ReportSection section =
        MAPPER
            .section(
                "Positions",
                List.of(
                    new Position("EQ-LDN", 10, new BigDecimal("100.00"), 0),
                    new Position("EQ-LDN", -5, new BigDecimal("-40.50"), 0)))
            .groupBy("Book")
            .totals("Market value")
            .build();
    assertThat(section.isInMemory()).isTrue();
    try (Stream<ReportLine> lines = section.lines()) {
      assertThat(lines.toList())
          .containsExactly(
              new ReportLine.Detail(1, ReportRow.of("EQ-LDN", 10L, new BigDecimal("100.00"))),
              new ReportLine.Detail(2, ReportRow.of("EQ-LDN", -5L, new BigDecimal("-40.50"))),
              new ReportLine.Subtotal(
                  "EQ-LDN",
                  "Total EQ-LDN",
                  ReportRow.of(null, null, new BigDecimal("59.50")),
                  1,
                  2),
              new ReportLine.GrandTotal(
                  "Grand total", ReportRow.of(null, null, new BigDecimal("59.50")), 2));
    }
  }

  @Test
  void readsLazyRecordsAfreshOnEachRenderingAndClosesThem() {
    AtomicInteger closed = new AtomicInteger();
    ReportSection section =
        MAPPER
            .lazySection(
                "Positions",
                () ->
                    Stream.of(new Position("A", 1, BigDecimal.ONE, 0))
                        .onClose(closed::incrementAndGet))
            .build();
    for (int i = 1; i <= 2; i++) {
      try (Stream<ReportRow> rows = section.rows()) {
        assertThat(rows.toList()).containsExactly(ReportRow.of("A", 1L, BigDecimal.ONE));
      }
      assertThat(closed).hasValue(i);
    }
  }

  @Test
  void aReaderReturningTheWrongTypeIsNamedInTheMessage() {
    RowMapper<Position> wrong =
        RowMapper.<Position>builder()
            .column(ReportColumn.decimal("Rate", 4), Position::rate)
            .build();
    assertThatThrownBy(
            () ->
                wrong.section("Rates", List.of(new Position("A", 1, BigDecimal.ONE, 0.25))).build())
        .hasMessage(
            "Section 'Rates', row 1, column 'Rate': a DECIMAL column holds a decimal (BigDecimal),"
                + " not Double 0.25");
  }
}
