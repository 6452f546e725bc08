package com.tickmark.app.ui.table;

import com.tickmark.app.ui.UiState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Remembers how the user arranged a table: column order, widths, which columns are hidden, and the
 * sort. Stored in the {@link UiState} under {@code table.<id>.columns} and {@code table.<id>.sort};
 * columns are matched by id, so adding a column in a later version keeps the rest of the layout.
 */
public final class TableLayouts {
  private TableLayouts() {}

  /** Applies the saved layout to {@code table} and registers a hook that saves it again. */
  public static <R> void remember(TableView<R> table, String tableId, UiState state) {
    restore(table, tableId, state);
    state.addSaveHook(() -> save(table, tableId, state));
  }

  static <R> void restore(TableView<R> table, String tableId, UiState state) {
    state
        .get(columnsKey(tableId))
        .ifPresent(
            saved -> {
              Map<String, TableColumn<R, ?>> byId = new LinkedHashMap<>();
              table.getColumns().forEach(c -> byId.put(c.getId(), c));
              List<TableColumn<R, ?>> ordered = new ArrayList<>();
              for (String entry : saved.split(",")) {
                String[] parts = entry.split(":");
                TableColumn<R, ?> column = byId.remove(parts[0]);
                if (column == null) {
                  continue;
                }
                if (parts.length > 1) {
                  try {
                    double width = Double.parseDouble(parts[1]);
                    if (width >= 20 && width <= 2000) {
                      column.setPrefWidth(width);
                    }
                  } catch (NumberFormatException ignored) {
                    // keep the default width
                  }
                }
                if (parts.length > 2) {
                  column.setVisible(!"hidden".equals(parts[2]));
                }
                ordered.add(column);
              }
              ordered.addAll(byId.values());
              table.getColumns().setAll(ordered);
            });
    state
        .get(sortKey(tableId))
        .ifPresent(
            saved -> {
              List<TableColumn<R, ?>> sortOrder = new ArrayList<>();
              for (String entry : saved.split(",")) {
                String[] parts = entry.split(":");
                table.getColumns().stream()
                    .filter(c -> c.getId().equals(parts[0]))
                    .findFirst()
                    .ifPresent(
                        c -> {
                          c.setSortType(
                              parts.length > 1 && "DESCENDING".equals(parts[1])
                                  ? TableColumn.SortType.DESCENDING
                                  : TableColumn.SortType.ASCENDING);
                          sortOrder.add(c);
                        });
              }
              table.getSortOrder().setAll(sortOrder);
            });
  }

  static <R> void save(TableView<R> table, String tableId, UiState state) {
    List<String> columns = new ArrayList<>();
    for (TableColumn<R, ?> c : table.getColumns()) {
      // a table on a tab never opened this session has no width yet: keep the one it was given
      double width = c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth();
      columns.add(c.getId() + ":" + Math.round(width) + ":" + (c.isVisible() ? "shown" : "hidden"));
    }
    state.put(columnsKey(tableId), String.join(",", columns));
    List<String> sort = new ArrayList<>();
    for (TableColumn<R, ?> c : table.getSortOrder()) {
      sort.add(c.getId() + ":" + c.getSortType().name());
    }
    state.put(sortKey(tableId), sort.isEmpty() ? "" : String.join(",", sort));
  }

  private static String columnsKey(String tableId) {
    return "table." + tableId + ".columns";
  }

  private static String sortKey(String tableId) {
    return "table." + tableId + ".sort";
  }
}
