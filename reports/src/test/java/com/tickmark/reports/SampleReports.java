package com.tickmark.reports;

import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportChart;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.RowSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.LongStream;

/** Canonical reports for tests, the benchmark and the documentation's sample renderings. */
public final class SampleReports {
  public static final Instant RUN_AT = Instant.parse("2026-03-31T18:05:12Z");
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  private SampleReports() {}

  /**
   * A month-end P&amp;L by book: grouped positions with subtotals, a cash section in mixed
   * currencies, two charts.
   */
  public static Report pnlByBook() {
    ReportSection positions =
        ReportSection.builder("Positions")
            .columns(
                ReportColumn.text("Book"),
                ReportColumn.text("Symbol"),
                ReportColumn.text("Instrument"),
                ReportColumn.integer("Quantity"),
                ReportColumn.decimal("Close", 2),
                ReportColumn.money("Market value", "USD"),
                ReportColumn.money("Realised P&L", "USD"),
                ReportColumn.money("Unrealised P&L", "USD"),
                ReportColumn.percentage("Return"),
                ReportColumn.date("Last trade"))
            .row(
                "EQ-LDN",
                "AZN",
                "AstraZeneca plc ADR",
                12_000,
                dec("71.42"),
                dec("857040.00"),
                dec("12450.75"),
                dec("-8210.40"),
                dec("0.0049"),
                d(3, 28))
            .row(
                "EQ-LDN",
                "BP",
                "BP plc ADR",
                -25_000,
                dec("34.18"),
                dec("-854500.00"),
                dec("-3120.00"),
                dec("15625.00"),
                dec("0.0146"),
                d(3, 27))
            .row(
                "EQ-LDN",
                "HSBC",
                "HSBC Holdings plc ADR",
                18_500,
                dec("56.90"),
                dec("1052650.00"),
                dec("8875.20"),
                dec("22940.00"),
                dec("0.0313"),
                d(3, 31))
            .row(
                "EQ-LDN",
                "SHEL",
                "Shell plc ADR",
                9_000,
                dec("66.05"),
                dec("594450.00"),
                dec("0.00"),
                dec("-11430.00"),
                dec("-0.0189"),
                d(3, 24))
            .row(
                "EQ-NY",
                "AAPL",
                "Apple Inc.",
                7_500,
                dec("221.35"),
                dec("1660125.00"),
                dec("41220.00"),
                dec("-23625.00"),
                dec("0.0108"),
                d(3, 31))
            .row(
                "EQ-NY",
                "MSFT",
                "Microsoft Corporation",
                4_200,
                dec("418.77"),
                dec("1758834.00"),
                dec("18904.50"),
                dec("36120.00"),
                dec("0.0313"),
                d(3, 31))
            .row(
                "EQ-NY",
                "NVDA",
                "NVIDIA Corporation",
                6_000,
                dec("108.36"),
                dec("650160.00"),
                dec("-27410.00"),
                dec("-48600.00"),
                dec("-0.0963"),
                d(3, 28))
            .row(
                "EQ-NY",
                "JPM",
                "JPMorgan Chase & Co.",
                -3_000,
                dec("245.30"),
                dec("-735900.00"),
                dec("5310.00"),
                dec("-9870.00"),
                dec("-0.0136"),
                d(3, 26))
            .row(
                "EQ-NY",
                "XOM",
                "Exxon Mobil Corporation",
                5_500,
                dec("118.93"),
                dec("654115.00"),
                null,
                dec("7315.00"),
                dec("0.0113"),
                d(3, 20))
            .row(
                "FX-SPOT",
                "EURUSD",
                "Euro / US dollar",
                5_000_000,
                dec("1.08"),
                dec("5408500.00"),
                dec("18250.00"),
                dec("-12600.00"),
                dec("-0.0023"),
                d(3, 31))
            .row(
                "FX-SPOT",
                "GBPUSD",
                "Pound sterling / US dollar",
                -2_000_000,
                dec("1.29"),
                dec("-2583400.00"),
                dec("-6420.00"),
                dec("4180.00"),
                dec("0.0016"),
                d(3, 31))
            .row(
                "FX-SPOT",
                "USDJPY",
                "US dollar / Japanese yen",
                3_000_000,
                dec("149.87"),
                dec("3000000.00"),
                dec("9875.00"),
                dec("-21330.00"),
                dec("-0.0071"),
                d(3, 30))
            .groupBy("Book")
            .totals("Market value", "Realised P&L", "Unrealised P&L")
            .build();
    ReportSection cash =
        ReportSection.builder("Cash by currency")
            .columns(
                ReportColumn.text("Currency"),
                ReportColumn.text("Account"),
                ReportColumn.text("Custodian"),
                ReportColumn.moneyInCurrencyOf("Balance", "Currency"),
                ReportColumn.timestamp("Last movement (UTC)"))
            .row(
                "EUR",
                "CASH-EUR-01",
                "Euroclear Bank SA/NV",
                dec("2150000.00"),
                Instant.parse("2026-03-31T15:42:07Z"))
            .row(
                "EUR",
                "MRGN-EUR-02",
                "Eurex Clearing AG",
                dec("-380250.55"),
                Instant.parse("2026-03-31T16:01:44Z"))
            .row(
                "GBP",
                "CASH-GBP-01",
                "HSBC Bank plc",
                dec("845300.10"),
                Instant.parse("2026-03-31T11:15:00Z"))
            .row(
                "USD",
                "CASH-USD-01",
                "JPMorgan Chase Bank, N.A.",
                dec("6420115.42"),
                Instant.parse("2026-03-31T20:59:31Z"))
            .row(
                "USD",
                "MRGN-USD-02",
                "CME Clearing",
                dec("-1250000.00"),
                Instant.parse("2026-03-31T21:30:00Z"))
            .groupBy("Currency")
            .totals("Balance")
            .build();
    return Report.builder("P&L by book")
        .subtitle("Northwind Capital LLP — month-end close, March 2026")
        .asOf(AS_OF)
        .period(LocalDate.of(2026, 3, 1), AS_OF)
        .parameter("Books", "EQ-LDN, EQ-NY, FX-SPOT")
        .parameter("Reporting currency", "USD")
        .parameter("Positions", 12)
        .runBy("a.lovelace", RUN_AT)
        .section(positions)
        .section(cash)
        .note(
            "Market values at the official close of each listing venue; FX at the 16:00 London"
                + " WM/Reuters fix.")
        .note("Realised P&L uses FIFO lot relief. Figures are unaudited and for internal use only.")
        .chart(
            ReportChart.bar("P&L by book (USD)")
                .categories("EQ-LDN", "EQ-NY", "FX-SPOT")
                .series("Realised", 18205.95, 38024.50, 21705.00)
                .series("Unrealised", 18924.60, -38660.00, -29750.00)
                .valueAxisTitle("USD")
                .build())
        .chart(
            ReportChart.line("Daily P&L, March 2026 (USD thousands)")
                .categories(
                    "02", "03", "04", "05", "06", "09", "10", "11", "12", "13", "16", "17", "18",
                    "19", "20", "23", "24", "25", "26", "27", "30", "31")
                .series(
                    "EQ-LDN", 4.2, -1.8, 3.1, 0.6, -2.4, 5.5, 2.2, -0.7, 1.9, 3.3, -4.1, 0.8, 2.6,
                    -1.2, 3.8, 1.1, -2.9, 0.4, 2.7, 1.5, -0.9, 2.0)
                .series(
                    "EQ-NY", -3.5, 6.1, 2.8, -5.2, 4.4, 1.0, -2.6, 3.9, -1.4, 5.8, 2.1, -3.7, 4.6,
                    0.3, -2.2, 6.4, 1.7, -4.8, 3.2, -1.9, 2.5, -0.6)
                .series(
                    "FX-SPOT", 1.2, 0.9, -0.4, 2.3, -1.1, 0.7, 1.8, -2.5, 0.2, 1.4, 0.6, -0.8, 1.1,
                    2.0, -1.6, 0.5, 1.3, -0.2, -1.0, 0.9, 1.6, -0.3)
                .build())
        .chart(
            ReportChart.pie("Gross market value by book")
                .categories("EQ-LDN", "EQ-NY", "FX-SPOT")
                .series("Gross market value", 3358640.00, 5459134.00, 10991900.00)
                .build())
        .build();
  }

  /**
   * A section of {@code rows} generated lazily, ten typed columns, grouped by book every {@code
   * groupSize} rows (0 for no groups), with totals.
   */
  public static ReportSection generated(String name, long rows, int groupSize) {
    RowSource source =
        groupSize > 0
            ? () ->
                LongStream.rangeClosed(1, rows)
                    .mapToObj(i -> withBook(generatedRow(i), "BOOK-" + ((i - 1) / groupSize + 1)))
            : () -> LongStream.rangeClosed(1, rows).mapToObj(SampleReports::generatedRow);
    ReportSection.Builder builder =
        ReportSection.builder(name)
            .columns(
                ReportColumn.text("Book"),
                ReportColumn.integer("Trade id"),
                ReportColumn.text("Symbol"),
                ReportColumn.date("Trade date"),
                ReportColumn.timestamp("Executed (UTC)"),
                ReportColumn.integer("Quantity"),
                ReportColumn.decimal("Price", 4),
                ReportColumn.money("Notional", "USD"),
                ReportColumn.money("Commission", "USD"),
                ReportColumn.percentage("Fill rate"))
            .rows(source)
            .totals("Quantity", "Notional", "Commission");
    if (groupSize > 0) {
      builder.groupBy("Book");
    }
    return builder.build();
  }

  private static final String[] SYMBOLS = {
    "AAPL", "MSFT", "NVDA", "AMZN", "JPM", "XOM", "BP", "HSBC", "SHEL", "AZN"
  };
  private static final Instant DAY_START = Instant.parse("2026-03-02T14:30:00Z");

  /** Row i of a generated section: deterministic, with negatives and an empty cell now and then. */
  public static ReportRow generatedRow(long i) {
    long quantity = ((i * 7919) % 2000 - 900) * 10;
    BigDecimal price = BigDecimal.valueOf(1000 + (i * 104729) % 450000, 4);
    BigDecimal notional =
        price.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    BigDecimal commission = i % 17 == 0 ? null : BigDecimal.valueOf(-(50 + (i * 31) % 2500), 2);
    return ReportRow.of(
        "BOOK-" + (1 + i % 5),
        i,
        SYMBOLS[(int) (i % SYMBOLS.length)],
        AS_OF.minusDays(i % 30),
        DAY_START.plusSeconds((i * 37) % 23_400).plusMillis(i % 1000),
        quantity,
        price,
        notional,
        commission,
        BigDecimal.valueOf(5000 + i % 5000, 4));
  }

  private static ReportRow withBook(ReportRow row, String book) {
    Object[] cells = row.cells().toArray();
    cells[0] = book;
    return ReportRow.of(cells);
  }

  /** A report with one generated section, for the benchmark and the large-report tests. */
  public static Report generatedReport(long rows, int groupSize) {
    return Report.builder("Trade blotter")
        .subtitle("Generated rows")
        .asOf(AS_OF)
        .runBy("benchmark", RUN_AT)
        .section(generated("Trades", rows, groupSize))
        .build();
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }
}
