package com.tickmark.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SectionTotalsPropertyTest {

  /** Rows as (group, amount in cents) pairs; groups arrive sorted, as subtotals require. */
  @Provide
  Arbitrary<List<long[]>> rows() {
    return Arbitraries.longs()
        .between(-1_000_000_000L, 1_000_000_000L)
        .flatMap(
            amount -> Arbitraries.integers().between(0, 6).map(group -> new long[] {group, amount}))
        .list()
        .ofMaxSize(60)
        .map(list -> list.stream().sorted((a, b) -> Long.compare(a[0], b[0])).toList());
  }

  @Property
  void subtotalsAddUpToTheGrandTotalWhichIsTheSumOfTheRows(@ForAll("rows") List<long[]> rows) {
    ReportSection.Builder builder =
        ReportSection.builder("P&L")
            .columns(
                ReportColumn.text("Book"),
                ReportColumn.money("Amount", "USD"),
                ReportColumn.integer("Count"))
            .groupBy("Book")
            .totals("Amount", "Count");
    BigDecimal expected = BigDecimal.ZERO;
    for (long[] row : rows) {
      BigDecimal amount = BigDecimal.valueOf(row[1], 2);
      builder.row("B" + row[0], amount, 1L);
      expected = expected.add(amount);
    }
    List<ReportLine> lines;
    try (Stream<ReportLine> stream = builder.build().lines()) {
      lines = stream.toList();
    }
    BigDecimal subtotals = BigDecimal.ZERO;
    long counted = 0;
    long details = 0;
    for (ReportLine line : lines) {
      if (line instanceof ReportLine.Subtotal subtotal) {
        subtotals = subtotals.add((BigDecimal) subtotal.totals().get(1));
        counted += (Long) subtotal.totals().get(2);
        assertThat(subtotal.rowCount()).isEqualTo((Long) subtotal.totals().get(2));
      } else if (line instanceof ReportLine.Detail) {
        details++;
      }
    }
    ReportLine.GrandTotal total = (ReportLine.GrandTotal) lines.get(lines.size() - 1);
    assertThat(details).isEqualTo(rows.size());
    assertThat(total.rowCount()).isEqualTo(rows.size());
    assertThat((BigDecimal) total.totals().get(1))
        .isEqualByComparingTo(expected)
        .isEqualByComparingTo(subtotals);
    assertThat(counted).isEqualTo(rows.size());
    assertThat(lines.stream().filter(line -> line instanceof ReportLine.Subtotal).count())
        .isEqualTo(rows.stream().mapToLong(row -> row[0]).distinct().count());
  }
}
