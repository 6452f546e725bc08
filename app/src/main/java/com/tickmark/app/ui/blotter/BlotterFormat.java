package com.tickmark.app.ui.blotter;

import com.tickmark.app.ui.table.Formats;
import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.model.trade.blotter.Totals;
import com.tickmark.model.trade.blotter.TradeTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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

  /**
   * A group line's cell: the subtotal of the columns that add up, the same-day rate, else nothing.
   */
  static String subtotal(Totals t, BlotterColumn c) {
    return switch (c) {
      case QUANTITY -> Formats.grouped(t.quantity(), 0, 6);
      case NOTIONAL_BASE -> Formats.grouped(t.notional(), 2);
      case COMMISSION_BASE -> Formats.grouped(t.commission(), 2);
      case SAME_DAY -> t.sameDayRate().map(BlotterViewModel::percent).orElse("");
      default -> "";
    };
  }
}
