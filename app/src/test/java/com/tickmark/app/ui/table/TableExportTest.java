package com.tickmark.app.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.report.ColumnKind;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportParameter;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Export what I see" as a report: typed columns in the shown order, the shown rows, the filter and
 * sort as parameters.
 */
class TableExportTest {
  record Cash(
      String account,
      String currency,
      BigDecimal balance,
      BigDecimal price,
      long trades,
      BigDecimal change,
      LocalDate date,
      Instant booked,
      BigDecimal weight) {}

  static final Instant AT = Instant.parse("2025-11-20T18:00:00Z");

  private final TableModel<Cash> model =
      new TableModel<>(
          "test.cash",
          "cash balances",
          List.of(
              ColumnSpec.text("account", "Account", Cash::account),
              ColumnSpec.text("currency", "Currency", Cash::currency),
              ColumnSpec.money(
                  "balance", "Balance", Cash::balance, c -> CurrencyCode.of(c.currency()), 2),
              ColumnSpec.decimal("price", "Price", Cash::price, 2, 6),
              ColumnSpec.integer("trades", "Trades", Cash::trades),
              ColumnSpec.signedPercent("change", "Change", Cash::change),
              ColumnSpec.date("date", "Date", Cash::date),
              ColumnSpec.timestamp("booked", "Booked", Cash::booked),
              ColumnSpec.percentage("weight", "Weight", Cash::weight, 1)));

  private final Cash usd =
      new Cash(
          "CASH-USD",
          "USD",
          new BigDecimal("1250000.50"),
          new BigDecimal("12.3456"),
          12,
          new BigDecimal("1.25"),
          LocalDate.of(2025, 11, 20),
          AT,
          new BigDecimal("0.625"));
  private final Cash usd2 =
      new Cash(
          "CASH-USD-2",
          "USD",
          new BigDecimal("-10.00"),
          new BigDecimal("9.50"),
          3,
          null,
          null,
          null,
          null);
  private final Cash gbp =
      new Cash(
          "CASH-GBP",
          "GBP",
          new BigDecimal("99.99"),
          new BigDecimal("1.5"),
          1,
          new BigDecimal("-0.40"),
          LocalDate.of(2025, 11, 19),
          AT,
          new BigDecimal("0.375"));

  @Test
  void exportsTheShownColumnsInTheirOrderAsTypedColumns() {
    Report report =
        model.exportReport(
            "Cash",
            List.of(usd, usd2),
            List.of("date", "account", "balance", "price", "trades", "change", "booked", "weight"),
            "usd",
            "Account ascending",
            3,
            "clerk",
            AT);

    ReportSection section = report.sections().get(0);
    assertThat(section.columns())
        .extracting(ReportColumn::name)
        .containsExactly(
            "Date", "Account", "Balance", "Price", "Trades", "Change", "Booked", "Weight");
    assertThat(section.columns())
        .extracting(ReportColumn::kind)
        .containsExactly(
            ColumnKind.DATE,
            ColumnKind.TEXT,
            ColumnKind.MONEY,
            ColumnKind.DECIMAL,
            ColumnKind.INTEGER,
            ColumnKind.PERCENTAGE,
            ColumnKind.TIMESTAMP,
            ColumnKind.PERCENTAGE);
    assertThat(section.columns().get(2).currency()).as("every row is in USD").isEqualTo("USD");
    assertThat(section.columns().get(3).scale())
        .as("as many decimals as the widest price shows")
        .isEqualTo(4);
    assertThat(rows(section))
        .containsExactly(
            List.of(
                LocalDate.of(2025, 11, 20),
                "CASH-USD",
                new BigDecimal("1250000.50"),
                new BigDecimal("12.3456"),
                12L,
                new BigDecimal("0.0125"),
                AT,
                new BigDecimal("0.625")),
            Arrays.asList(
                null,
                "CASH-USD-2",
                new BigDecimal("-10.00"),
                new BigDecimal("9.50"),
                3L,
                null,
                null,
                null));
    assertThat(report.title()).isEqualTo("Cash");
    assertThat(report.parameters())
        .containsExactly(
            ReportParameter.of("Filter", "usd"),
            ReportParameter.of("Sorted by", "Account ascending"),
            ReportParameter.of("Rows", "2 of 3"));
    assertThat(report.runBy()).isEqualTo("clerk");
    assertThat(report.runAt()).isEqualTo(AT);
  }

  @Test
  void moneyInSeveralCurrenciesExportsAsNumbersWithoutACurrency() {
    Report report =
        model.exportReport(
            "Cash", List.of(usd, gbp), List.of("currency", "balance"), "", "", 3, "clerk", AT);
    ReportColumn balance = report.sections().get(0).columns().get(1);
    assertThat(balance.kind()).isEqualTo(ColumnKind.DECIMAL);
    assertThat(balance.scale()).isEqualTo(2);
    assertThat(report.parameters()).containsExactly(ReportParameter.of("Rows", "2 of 3"));
  }

  @Test
  void anEmptyTableExportsItsHeaderOnly() {
    Report report =
        model.exportReport(
            "Cash", List.of(), List.of("account", "price"), "nothing", "", 3, "clerk", AT);
    assertThat(rows(report.sections().get(0))).isEmpty();
    assertThat(report.sections().get(0).columns().get(1).scale()).isEqualTo(2);
  }

  private static List<List<Object>> rows(ReportSection section) {
    try (Stream<ReportRow> rows = section.rows()) {
      return rows.map(ReportRow::cells).toList();
    }
  }
}
