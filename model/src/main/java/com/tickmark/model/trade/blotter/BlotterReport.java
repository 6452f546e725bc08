package com.tickmark.model.trade.blotter;

import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.RowSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The blotter as a report: exactly the trades shown, in the order shown, in the columns shown; when
 * grouped, the group column comes first and each group ends with its subtotal of quantity, notional
 * and commission in the reporting currency, as on screen. Rows are read from the table as the
 * renderer asks for them, so a million-trade export holds no copy of the trades.
 */
public final class BlotterReport {
  private static final List<BlotterColumn> TOTALLED =
      List.of(BlotterColumn.QUANTITY, BlotterColumn.NOTIONAL_BASE, BlotterColumn.COMMISSION_BASE);

  private BlotterReport() {}

  public static Report of(
      TradeTable table,
      BlotterResult result,
      List<BlotterColumn> shown,
      String title,
      String runBy,
      Instant at) {
    List<BlotterColumn> columns = new ArrayList<>(shown);
    BlotterColumn group = result.query().groupBy();
    if (group != null) {
      columns.remove(group);
      columns.add(0, group);
    }
    boolean hasMoney = columns.stream().anyMatch(c -> c.kind() == BlotterColumn.Kind.MONEY);
    if (hasMoney && !columns.contains(BlotterColumn.CURRENCY)) {
      columns.add(BlotterColumn.CURRENCY); // amounts in trade currency need it beside them
    }
    String base = table.reference().reportingCurrency().code();
    ReportSection.Builder section = ReportSection.builder("Trades");
    for (BlotterColumn c : columns) {
      section.column(column(c, base));
    }
    List<String> totals =
        TOTALLED.stream().filter(columns::contains).map(c -> name(c, base)).toList();
    if (group != null && !totals.isEmpty()) {
      section.groupBy(name(group, base));
    }
    if (!totals.isEmpty()) {
      section.totals(totals.toArray(String[]::new));
    }
    BlotterColumn[] order = columns.toArray(BlotterColumn[]::new);
    section.rows(
        (RowSource)
            () ->
                IntStream.range(0, result.size())
                    .mapToObj(
                        i -> {
                          int row = result.row(i);
                          Object[] cells = new Object[order.length];
                          for (int k = 0; k < order.length; k++) {
                            cells[k] = table.value(order[k], row);
                          }
                          return ReportRow.of(cells);
                        }));
    Report.Builder report =
        Report.builder(title).subtitle(String.format("%,d trades", result.size()));
    BlotterQuery q = result.query();
    if (!q.quickFilter().isBlank()) {
      report.parameter("Quick filter", q.quickFilter().strip());
    }
    for (ColumnFilter f : q.filters()) {
      report.parameter("Filter", f.describe());
    }
    report.parameter(
        "Sorted by",
        q.sort().stream()
            .map(k -> k.column().title() + (k.descending() ? " descending" : " ascending"))
            .collect(Collectors.joining(", ")));
    if (group != null) {
      report.parameter("Grouped by", group.fullTitle());
    }
    result
        .totals()
        .sameDayRate()
        .ifPresent(
            rate ->
                report.parameter(
                    "Affirmed same day", rate.movePointRight(2).toPlainString() + "%"));
    if (columns.contains(BlotterColumn.NOTIONAL_BASE)
        || columns.contains(BlotterColumn.COMMISSION_BASE)) {
      report.note(
          "Amounts in "
              + base
              + " are converted at the closing FX rate of each trade date (or the last close before"
              + " it).");
    }
    return report.section(section.build()).runBy(runBy, at).build();
  }

  /** The column's name in the report: the reporting currency replaces "base". */
  static String name(BlotterColumn c, String base) {
    return c.title().replace("(base)", "(" + base + ")");
  }

  private static ReportColumn column(BlotterColumn c, String base) {
    String name = name(c, base);
    return switch (c.kind()) {
      case ID, CATEGORY, TEXT -> ReportColumn.text(name);
      case INTEGER -> ReportColumn.integer(name);
      case DATE -> ReportColumn.date(name);
      case TIMESTAMP -> ReportColumn.timestamp(name);
      case QUANTITY -> ReportColumn.decimal(name, 2);
      case PRICE -> ReportColumn.decimal(name, 6);
      case MONEY -> ReportColumn.moneyInCurrencyOf(name, BlotterColumn.CURRENCY.title());
      case BASE_MONEY -> ReportColumn.money(name, base);
    };
  }
}
