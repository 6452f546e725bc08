package com.tickmark.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportSectionTest {

  static ReportSection.Builder positions() {
    return ReportSection.builder("Positions")
        .columns(
            ReportColumn.text("Book"),
            ReportColumn.integer("Quantity"),
            ReportColumn.money("Market value", "USD"),
            ReportColumn.date("Trade date"));
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  @Test
  void rejectsCellOfWrongTypeNamingSectionRowAndColumn() {
    assertThatThrownBy(
            () ->
                positions()
                    .row("EQ-LDN", 10L, dec("1.00"), LocalDate.of(2026, 3, 2))
                    .row("EQ-LDN", 5L, 12.5, LocalDate.of(2026, 3, 2))
                    .build())
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining("Section 'Positions'")
        .hasMessageContaining("row 2")
        .hasMessageContaining("column 'Market value'")
        .hasMessageContaining("BigDecimal")
        .hasMessageContaining("Double 12.5")
        .satisfies(
            e -> {
              ReportDataException data = (ReportDataException) e;
              assertThat(data.section()).isEqualTo("Positions");
              assertThat(data.row()).isEqualTo(2);
              assertThat(data.column()).isEqualTo("Market value");
            });
  }

  @Test
  void rejectsDateWhereTimestampExpected() {
    ReportSection.Builder builder =
        ReportSection.builder("Executions")
            .column(ReportColumn.timestamp("At"))
            .row(LocalDate.of(2026, 1, 2));
    assertThatThrownBy(builder::build)
        .hasMessageContaining("column 'At'")
        .hasMessageContaining("Instant")
        .hasMessageContaining("LocalDate");
  }

  @Test
  void checksLazyRowsAsTheyAreReadAndNamesTheBadOne() {
    ReportSection section =
        positions()
            .rows(
                () ->
                    Stream.of(
                        ReportRow.of("EQ-LDN", 1L, dec("1"), null),
                        ReportRow.of("EQ-LDN", 2L, dec("2"), null),
                        ReportRow.of("EQ-LDN", "three", dec("3"), null)))
            .build();
    try (Stream<ReportRow> rows = section.rows()) {
      assertThatThrownBy(rows::count)
          .isInstanceOf(ReportDataException.class)
          .hasMessage(
              "Section 'Positions', row 3, column 'Quantity': a INTEGER column holds a whole number"
                  + " (Long), not String three");
    }
  }

  @Test
  void rejectsRowWithTheWrongNumberOfCells() {
    assertThatThrownBy(() -> positions().row("EQ-LDN", 1L).build())
        .hasMessageContaining("row 1")
        .hasMessageContaining(
            "has 2 cells but the section has 4 columns (Book, Quantity, Market value, Trade date)");
  }

  @Test
  void widensIntsToLongsAndAcceptsEmptyCells() {
    ReportSection section = positions().row("EQ-LDN", 7, null, null).build();
    try (Stream<ReportRow> rows = section.rows()) {
      assertThat(rows.toList().get(0).get(1)).isEqualTo(7L);
    }
  }

  @Test
  void mixedCurrencyAmountsNeedACurrencyCodeInTheirRow() {
    ReportSection.Builder cash =
        ReportSection.builder("Cash")
            .columns(
                ReportColumn.text("Currency"),
                ReportColumn.moneyInCurrencyOf("Balance", "Currency"));
    assertThatThrownBy(() -> cash.row("eur", dec("1")).build())
        .hasMessageContaining("row 1, column 'Balance'")
        .hasMessageContaining("'eur' instead of an ISO currency code");
    ReportSection.Builder missing =
        ReportSection.builder("Cash")
            .columns(
                ReportColumn.text("Currency"),
                ReportColumn.moneyInCurrencyOf("Balance", "Currency"));
    assertThatThrownBy(() -> missing.row(null, dec("1")).build())
        .hasMessageContaining("column 'Currency' is empty");
  }

  @Test
  void currencyColumnMustBeTextAndExist() {
    assertThatThrownBy(
            () ->
                ReportSection.builder("Cash")
                    .columns(
                        ReportColumn.integer("Currency"),
                        ReportColumn.moneyInCurrencyOf("Balance", "Currency"))
                    .build())
        .hasMessageContaining("must be a text column of currency codes");
    assertThatThrownBy(
            () ->
                ReportSection.builder("Cash")
                    .columns(ReportColumn.moneyInCurrencyOf("Balance", "Ccy"))
                    .build())
        .hasMessageContaining("column 'Ccy', which it does not have");
  }

  @Test
  void rejectsTotalsThatCannotBeSummed() {
    assertThatThrownBy(() -> positions().totals("Book").build())
        .hasMessageContaining("cannot total column 'Book'");
    assertThatThrownBy(() -> positions().totals("Price").build())
        .hasMessageContaining("Totals over column 'Price', which it does not have");
    assertThatThrownBy(() -> positions().groupBy("Book").build())
        .hasMessageContaining("totals no column");
    assertThatThrownBy(() -> positions().totals("Quantity", "Quantity").build())
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () ->
                ReportSection.builder("Cash")
                    .columns(
                        ReportColumn.text("Currency"),
                        ReportColumn.moneyInCurrencyOf("Balance", "Currency"))
                    .totals("Balance")
                    .build())
        .hasMessageContaining("cannot be totalled across currencies; group by 'Currency'");
  }

  @Test
  void rejectsDuplicateColumnNames() {
    assertThatThrownBy(
            () ->
                ReportSection.builder("S")
                    .columns(ReportColumn.text("Book"), ReportColumn.text("book"))
                    .build())
        .hasMessageContaining("two columns named 'book'");
  }

  @Test
  void interleavesSubtotalsAfterEachGroupAndEndsWithTheGrandTotal() {
    ReportSection section =
        positions()
            .row("A", 1L, dec("10.50"), null)
            .row("A", 2L, dec("-3.25"), null)
            .row("B", 4L, null, null)
            .row("C", 8L, dec("100"), null)
            .row("C", 16L, dec("0.75"), null)
            .groupBy("Book")
            .totals("Quantity", "Market value")
            .build();
    List<ReportLine> lines;
    try (Stream<ReportLine> stream = section.lines()) {
      lines = stream.toList();
    }
    assertThat(lines)
        .extracting(line -> line.getClass().getSimpleName())
        .containsExactly(
            "Detail",
            "Detail",
            "Subtotal",
            "Detail",
            "Subtotal",
            "Detail",
            "Detail",
            "Subtotal",
            "GrandTotal");
    ReportLine.Subtotal a = (ReportLine.Subtotal) lines.get(2);
    assertThat(a.label()).isEqualTo("Total A");
    assertThat(a.firstRow()).isEqualTo(1);
    assertThat(a.lastRow()).isEqualTo(2);
    assertThat(a.totals().cells()).containsExactly(null, 3L, dec("7.25"), null);
    ReportLine.Subtotal b = (ReportLine.Subtotal) lines.get(4);
    assertThat(b.firstRow()).isEqualTo(3);
    assertThat(b.lastRow()).isEqualTo(3);
    assertThat(b.totals().cells()).containsExactly(null, 4L, BigDecimal.ZERO, null);
    ReportLine.Subtotal c = (ReportLine.Subtotal) lines.get(7);
    assertThat(c.firstRow()).isEqualTo(4);
    assertThat(c.lastRow()).isEqualTo(5);
    ReportLine.GrandTotal total = (ReportLine.GrandTotal) lines.get(8);
    assertThat(total.label()).isEqualTo("Grand total");
    assertThat(total.rowCount()).isEqualTo(5);
    assertThat(total.totals().cells()).containsExactly(null, 31L, dec("108.00"), null);
    assertThat(section.labelColumn()).isZero();
  }

  @Test
  void ungroupedSectionEndsWithATotal() {
    ReportSection section =
        positions()
            .row("A", 1L, dec("1"), null)
            .row("B", 2L, dec("2"), null)
            .totals("Quantity")
            .build();
    try (Stream<ReportLine> lines = section.lines()) {
      assertThat(lines.toList())
          .last()
          .isEqualTo(new ReportLine.GrandTotal("Total", ReportRow.of(null, 3L, null, null), 2));
    }
  }

  @Test
  void aSectionWithoutTotalsHasOnlyItsRows() {
    ReportSection section = positions().row("A", 1L, dec("1"), null).build();
    try (Stream<ReportLine> lines = section.lines()) {
      assertThat(lines.toList())
          .containsExactly(new ReportLine.Detail(1, ReportRow.of("A", 1L, dec("1"), null)));
    }
  }

  @Test
  void rejectsAGroupThatComesBackAfterItClosed() {
    ReportSection section =
        positions()
            .rows(
                () ->
                    Stream.of(
                        ReportRow.of("A", 1L, null, null),
                        ReportRow.of("B", 1L, null, null),
                        ReportRow.of("A", 1L, null, null)))
            .groupBy("Book")
            .totals("Quantity")
            .build();
    try (Stream<ReportLine> lines = section.lines()) {
      assertThatThrownBy(lines::count)
          .isInstanceOf(ReportDataException.class)
          .hasMessageContaining("row 3, column 'Book'")
          .hasMessageContaining("rows must arrive sorted by 'Book'");
    }
  }

  @Test
  void mixedCurrencyColumnIsSubtotalledPerCurrencyButHasNoGrandTotal() {
    ReportSection section =
        ReportSection.builder("Cash")
            .columns(
                ReportColumn.text("Currency"),
                ReportColumn.moneyInCurrencyOf("Balance", "Currency"),
                ReportColumn.integer("Accounts"))
            .row("EUR", dec("10"), 1L)
            .row("EUR", dec("5"), 1L)
            .row("USD", dec("7"), 2L)
            .groupBy("Currency")
            .totals("Balance", "Accounts")
            .build();
    List<ReportLine> lines;
    try (Stream<ReportLine> stream = section.lines()) {
      lines = stream.toList();
    }
    assertThat(((ReportLine.Subtotal) lines.get(2)).totals().cells())
        .containsExactly(null, dec("15"), 2L);
    assertThat(((ReportLine.GrandTotal) lines.get(5)).totals().cells())
        .containsExactly(null, null, 4L);
    ReportSection balanceOnly =
        ReportSection.builder("Cash")
            .columns(
                ReportColumn.text("Currency"),
                ReportColumn.moneyInCurrencyOf("Balance", "Currency"))
            .row("EUR", dec("10"))
            .groupBy("Currency")
            .totals("Balance")
            .build();
    assertThat(balanceOnly.hasGrandTotal()).isFalse();
    try (Stream<ReportLine> stream = balanceOnly.lines()) {
      assertThat(stream.toList()).noneMatch(line -> line instanceof ReportLine.GrandTotal);
    }
  }

  @Test
  void lazyRowsAreOpenedFreshForEachRenderingAndClosedWithTheLines() {
    AtomicInteger opened = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    ReportSection section =
        positions()
            .rows(
                () -> {
                  opened.incrementAndGet();
                  return LongStream.rangeClosed(1, 200_000)
                      .mapToObj(i -> ReportRow.of("B" + (i / 1000), i, BigDecimal.ONE, null))
                      .onClose(closed::incrementAndGet);
                })
            .groupBy("Book")
            .totals("Quantity", "Market value")
            .build();
    for (int rendering = 1; rendering <= 2; rendering++) {
      try (Stream<ReportLine> lines = section.lines()) {
        ReportLine last = lines.reduce((first, second) -> second).orElseThrow();
        assertThat(((ReportLine.GrandTotal) last).totals().cells())
            .containsExactly(null, 200_000L * 200_001L / 2, dec("200000"), null);
      }
      assertThat(opened).hasValue(rendering);
      assertThat(closed).hasValue(rendering);
    }
    assertThat(section.isInMemory()).isFalse();
  }

  @Test
  void labelsTotalsInTheFirstColumnThatIsNotTotalled() {
    ReportSection section =
        ReportSection.builder("S")
            .columns(
                ReportColumn.integer("Count"),
                ReportColumn.text("Name"),
                ReportColumn.timestamp("At"))
            .totals("Count")
            .build();
    assertThat(section.labelColumn()).isEqualTo(1);
    assertThat(ReportSection.subtotalLabel(Instant.parse("2026-01-02T03:04:05Z")))
        .isEqualTo("Total 2026-01-02 03:04:05");
    assertThat(ReportSection.subtotalLabel(null)).isEqualTo("Total (blank)");
  }
}
