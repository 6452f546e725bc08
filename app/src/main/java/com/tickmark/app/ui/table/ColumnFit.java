package com.tickmark.app.ui.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * Sizes the columns of a {@link TablePane} to what they show. A column of values (numbers, amounts,
 * dates, codes, ids; see {@link Clipping#isValue}) is as wide as its widest value, on screen or
 * scrolled away, so that none is ever cut; the user may widen it, never narrow it below that.
 * Columns of free text (names, reasons) share the width the values leave, in proportion to the
 * widths they were given and down to their titles, and end in an ellipsis with the whole text in a
 * tooltip. A table narrower than its values scrolls sideways.
 */
final class ColumnFit<R> {
  /** Measuring the longest values finds the widest: figures are all as wide as each other. */
  private static final int MEASURED = 40;

  /** The least width of free text that is longer: about twenty characters. */
  private static final double READABLE = 140;

  /** Room left so that rounding never tips the columns over the table's width. */
  private static final double SPARE = 2;

  private static final Comparator<String> LONGEST_FIRST =
      Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());

  private final TableView<R> table;
  private final TableModel<R> model;

  /** The width each free-text column was given (by its spec, the saved layout or the user). */
  private final Map<TableColumn<R, ?>, Double> given = new IdentityHashMap<>();

  private final Set<TableColumn<R, ?>> values = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<TableColumn<R, ?>> resizedByUser =
      Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean adjusting;
  private boolean measureDue = true;
  private Region viewport;

  ColumnFit(TableView<R> table, TableModel<R> model) {
    this.table = table;
    this.model = model;
    for (TableColumn<R, ?> c : table.getColumns()) {
      given.put(c, c.getPrefWidth());
      c.widthProperty()
          .addListener(
              (o, was, now) -> {
                if (!adjusting) { // the user dragged the column's edge
                  given.put(c, now.doubleValue());
                  resizedByUser.add(c);
                }
              });
    }
    model.allRows().addListener((ListChangeListener<R>) change -> measureLater());
    table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<R, ?>>) c -> fill());
  }

  /** The rows changed: measure their values at the next layout. */
  void measureLater() {
    measureDue = true;
    table.requestLayout();
  }

  /** A cell shows a value: the first ones tell the font values are shown in. */
  void cellFilled() {
    if (measureDue) {
      table.requestLayout();
    }
  }

  /**
   * After each layout of the table: once there are cells (and so the font values are shown in),
   * measures the values when the rows changed, then shares out the width.
   */
  void laidOut() {
    if (viewport == null && table.lookup(".clipped-container") instanceof Region clip) {
      viewport = clip;
      viewport.widthProperty().addListener(o -> fill());
    }
    if (!measureDue) {
      return;
    }
    TableCell<?, ?> cell = anyCell();
    if (cell == null) {
      measureDue = !model.allRows().isEmpty(); // the cells come later: see cellFilled
      return;
    }
    measureDue = false;
    cell.applyCss(); // a cell made in this layout has not had its style yet
    measure(cell.getFont(), cell.snappedLeftInset() + cell.snappedRightInset());
    fill();
  }

  private TableCell<?, ?> anyCell() {
    for (Node n : table.lookupAll(".table-cell")) {
      if (n instanceof TableCell<?, ?> cell && cell.getSkin() != null) {
        return cell;
      }
    }
    return null;
  }

  private void measure(Font font, double insets) {
    adjusting = true;
    try {
      values.clear();
      for (TableColumn<R, ?> c : table.getColumns()) {
        if (c.getUserData() instanceof ColumnSpec<?, ?> spec) {
          measure(c, spec, font, insets);
        }
      }
    } finally {
      adjusting = false;
    }
  }

  private void measure(TableColumn<R, ?> c, ColumnSpec<?, ?> any, Font font, double insets) {
    @SuppressWarnings("unchecked")
    ColumnSpec<R, ?> spec = (ColumnSpec<R, ?>) any;
    boolean text = spec.kind() == ColumnSpec.ValueKind.TEXT;
    boolean onlyValues = true;
    boolean anyShown = false;
    TreeSet<String> longest = new TreeSet<>(LONGEST_FIRST);
    TreeSet<String> longestText = new TreeSet<>(LONGEST_FIRST);
    for (R row : model.allRows()) {
      String shown = spec.displayOfRow(row);
      if (shown.isEmpty()) {
        continue;
      }
      anyShown = true;
      boolean value = !text || Clipping.isValue(shown);
      onlyValues &= value;
      TreeSet<String> into = value ? longest : longestText;
      into.add(shown);
      if (into.size() > MEASURED) {
        into.pollLast();
      }
    }
    // free text may be cut, but not below what reads as a few words
    double need = Math.max(widest(longest, font), Math.min(widest(longestText, font), READABLE));
    double title = Math.max(titleWidth(spec), Clipping.headerWidth(table, c));
    double min = Math.max(title, need == 0 ? 0 : need + insets + SPARE);
    c.setMinWidth(min);
    if (!text || anyShown && onlyValues) {
      values.add(c);
      c.setPrefWidth(resizedByUser.contains(c) ? Math.max(c.getWidth(), min) : min);
    }
  }

  private static double widest(Set<String> texts, Font font) {
    double widest = 0;
    for (String s : texts) {
      widest = Math.max(widest, Clipping.textWidth(s, font));
    }
    return widest;
  }

  /** Gives the free-text columns the width the value columns leave. */
  private void fill() {
    if (viewport == null || viewport.getWidth() <= 0) {
      return;
    }
    List<TableColumn<R, ?>> free = new ArrayList<>();
    double room = viewport.getWidth() - SPARE;
    for (TableColumn<R, ?> c : table.getVisibleLeafColumns()) {
      if (values.contains(c)) {
        room -= Math.max(c.getMinWidth(), c.getWidth());
      } else {
        free.add(c);
      }
    }
    Map<TableColumn<R, ?>, Double> widths = share(free, room);
    adjusting = true;
    try {
      widths.forEach(TableColumn::setPrefWidth);
    } finally {
      adjusting = false;
    }
  }

  /**
   * {@code room} shared among {@code free} in proportion to the widths they were given; a column
   * that would fall below its minimum keeps its minimum, and the others share what is left.
   */
  private Map<TableColumn<R, ?>, Double> share(List<TableColumn<R, ?>> free, double room) {
    Map<TableColumn<R, ?>, Double> widths = new IdentityHashMap<>();
    List<TableColumn<R, ?>> open = new ArrayList<>(free);
    double left = room;
    boolean clamped = true;
    while (clamped && !open.isEmpty()) {
      clamped = false;
      double total = open.stream().mapToDouble(given::get).sum();
      for (TableColumn<R, ?> c : List.copyOf(open)) {
        if (left * given.get(c) / total < c.getMinWidth()) {
          widths.put(c, c.getMinWidth());
          left -= c.getMinWidth();
          open.remove(c);
          clamped = true;
        }
      }
    }
    double total = open.stream().mapToDouble(given::get).sum();
    for (TableColumn<R, ?> c : open) {
      widths.put(c, Math.floor(left * given.get(c) / total));
    }
    return widths;
  }

  /** The least width that shows a column's bold title and its sort arrow, before it is measured. */
  static double titleWidth(ColumnSpec<?, ?> spec) {
    return Math.max(48, spec.title().length() * 8.5 + 26);
  }
}
