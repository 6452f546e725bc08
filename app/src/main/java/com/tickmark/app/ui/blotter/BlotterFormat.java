package com.tickmark.app.ui.blotter;

import com.tickmark.app.ui.table.Formats;
import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.model.trade.blotter.Totals;
import com.tickmark.model.trade.blotter.TradeTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** How blotter cells read on screen and on the clipboard. */
final class BlotterFormat {
  private BlotterFormat() {}

  static String text(TradeTable table, BlotterColumn c, int row) {
    Object v = table.value(c, row);
    if (v == null) {
      return c.kind() == BlotterColumn.Kind.BASE_MONEY ? "no rate" : "";
    }
    return switch (c.kind()) {
      case QUANTITY -> Formats.grouped((BigDecimal) v, 0, 6);
      case PRICE -> Formats.grouped((BigDecimal) v, 2, 8);
      case MONEY, BASE_MONEY -> Formats.grouped((BigDecimal) v, 2, 6);
      case DATE -> Formats.date((LocalDate) v);
      case TIMESTAMP -> Formats.timestamp((Instant) v);
      case INTEGER -> Long.toString((Long) v);
      default -> (String) v;
    };
  }

  /** What the grouping choice reads: "Group by settlement date", or "No grouping". */
  static String groupBy(BlotterColumn c) {
    if (c == null) {
      return "No grouping";
    }
    String words = c.fullTitle();
    return "Group by " + Character.toLowerCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * A group line's first cell: the group's value and how many trades it holds ("STATARB-US · 206
   * trades"), read first whichever columns show and however far the table is scrolled.
   */
  static String groupHead(String label, long count) {
    return (label.isEmpty() ? "(blank)" : label) + " · " + trades(count);
  }

  /** "1 trade", "1,206 trades". */
  static String trades(long count) {
    return Formats.grouped(count) + (count == 1 ? " trade" : " trades");
  }

  /**
   * The quantity of one unit: bought less sold, and all traded ("net -40, gross 140 shares"; "net
   * 750,000, gross 1,250,000 EUR").
   */
  static String quantity(Totals.Quantity q) {
    return "net "
        + Formats.grouped(q.net(), 0, 6)
        + ", gross "
        + Formats.grouped(q.gross(), 0, 6)
        + " "
        + q.unit();
  }

  /**
   * A group line's cell: the subtotal of the columns that add up (the quantity one line per unit:
   * shares and each FX base currency never add up), the same-day rate, else nothing.
   */
  static String subtotal(Totals t, BlotterColumn c) {
    return switch (c) {
      case QUANTITY ->
          t.quantities().stream().map(BlotterFormat::quantity).collect(Collectors.joining("\n"));
      case NOTIONAL_BASE -> Formats.grouped(t.notional(), 2);
      case COMMISSION_BASE -> Formats.grouped(t.commission(), 2);
      case SAME_DAY -> t.sameDayRate().map(BlotterViewModel::percent).orElse("");
      default -> "";
    };
  }
}
