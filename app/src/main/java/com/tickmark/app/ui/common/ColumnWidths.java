package com.tickmark.app.ui.common;

import java.util.Map;
import javafx.scene.control.TableView;

/**
 * Keeps columns that must be read whole (a timestamp, an action) from being squeezed when the table
 * is narrower than its columns: the free-text column gives way first, then the table scrolls
 * sideways.
 */
public final class ColumnWidths {
  private ColumnWidths() {}

  /** Sets the minimum width of each column named in {@code minimums} by its id. */
  public static void atLeast(TableView<?> table, Map<String, Double> minimums) {
    table
        .getColumns()
        .forEach(
            c -> {
              Double min = minimums.get(c.getId());
              if (min != null) {
                c.setMinWidth(Math.max(c.getMinWidth(), min));
              }
            });
  }
}
