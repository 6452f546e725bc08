package com.tickmark.app.ui.settlement;

import com.tickmark.app.ui.common.RowDrill;
import com.tickmark.app.ui.table.TablePane;
import java.util.function.Consumer;
import java.util.function.Function;

/** The drill from a settlement row to its trade in the blotter ({@link RowDrill}). */
final class TradeDrill {
  private TradeDrill() {}

  /**
   * @param trade the trade id a row stands for
   * @param openTrade shows a trade in the blotter
   * @param id the button's id
   */
  static <R> void attach(
      TablePane<R> pane, Function<R, String> trade, Consumer<String> openTrade, String id) {
    RowDrill.attach(
        pane, trade, openTrade, id, "Open trade", "Show the selected row's trade in the blotter");
  }
}
