package com.tickmark.app.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Before and after side by side, one line per field; the fields that differ are highlighted (the
 * old value struck through, the new one marked), and a switch hides the unchanged ones.
 *
 * <p>Before and after are as wide as their values need, sharing what the pane has, the field names
 * no wider than the longest; a side with nothing at all (a record's creation) is left out. Values
 * with spaces wrap at them; a number, a date or a code stays whole on one line (the pane scrolls
 * sideways rather than cut one); a long path or hash stays on one line, its start cut if it must be
 * (a file's name shows), whole in its tooltip.
 */
public final class ChangeView {
  /** The length beyond which a value without spaces is a path or a hash rather than a code. */
  private static final int LONG_TOKEN = 24;

  /** The narrowest and the widest a before or after column asks to be, in pixels. */
  private static final double MIN_COLUMN = 48;

  private static final double MAX_COLUMN = 420;

  /** A cell's padding left and right, and a margin for the bold of a changed value. */
  private static final double CELL_EXTRA = 16 + 8;

  private final GridPane grid = new GridPane();
  private final ColumnConstraints fieldColumn = new ColumnConstraints();
  private final ColumnConstraints beforeColumn = valueColumn();
  private final ColumnConstraints afterColumn = valueColumn();
  private final CheckBox onlyChanged = new CheckBox("Only changed fields");
  private final Label empty = new Label("No values recorded");
  private final VBox root;
  private List<Changes.FieldChange> changes = List.of();

  public ChangeView(String id) {
    grid.setId(id);
    grid.getStyleClass().add("change-grid");
    // the field names keep their width, no more; before and after share the rest (see sizeColumn)
    fieldColumn.setHgrow(Priority.NEVER);
    onlyChanged.getStyleClass().add(Styles.SMALL);
    onlyChanged.selectedProperty().addListener((obs, old, now) -> rebuild());
    empty.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    Label title = new Label("Before and after");
    title.getStyleClass().addAll(Styles.TEXT_BOLD, "detail-section-title");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox header = new HBox(8, title, gap, onlyChanged);
    header.setAlignment(Pos.CENTER_LEFT);
    root = new VBox(6, header, grid, empty);
    root.getStyleClass().add("change-view");
    setChanges(List.of());
  }

  public void setChanges(List<Changes.FieldChange> newChanges) {
    changes = List.copyOf(newChanges);
    rebuild();
  }

  private void rebuild() {
    grid.getChildren().clear();
    // a side with no value at all (a record's creation, or its removal) takes no room
    boolean withBefore = changes.stream().anyMatch(c -> c.before() != null);
    boolean withAfter = changes.stream().anyMatch(c -> c.after() != null) || !withBefore;
    grid.getColumnConstraints().setAll(fieldColumn);
    grid.add(header("Field"), 0, 0);
    if (withBefore) {
      grid.getColumnConstraints().add(beforeColumn);
      grid.add(header("Before"), 1, 0);
    }
    if (withAfter) {
      grid.getColumnConstraints().add(afterColumn);
      grid.add(header("After"), withBefore ? 2 : 1, 0);
    }
    int row = 1;
    for (Changes.FieldChange c : changes) {
      if (onlyChanged.isSelected() && !c.changed()) {
        continue;
      }
      Label name = cell(c.field(), "change-field");
      Label before =
          cell(
              c.before() == null ? "\u2014" : c.before(),
              c.changed() ? "change-old" : "change-same");
      Label after =
          cell(
              c.after() == null ? "\u2014" : c.after(), c.changed() ? "change-new" : "change-same");
      if (c.changed()) {
        name.getStyleClass().add("change-field-changed");
      }
      if (c.before() == null) {
        before.getStyleClass().add("change-absent");
      }
      if (c.after() == null) {
        after.getStyleClass().add("change-absent");
      }
      grid.add(name, 0, row);
      if (withBefore) {
        grid.add(before, 1, row);
      }
      if (withAfter) {
        grid.add(after, withBefore ? 2 : 1, row);
      }
      row++;
    }
    sizeFieldColumn();
    sizeColumn(beforeColumn, "Before", shown(Changes.FieldChange::before));
    sizeColumn(afterColumn, "After", shown(Changes.FieldChange::after));
    boolean none = row == 1;
    grid.setVisible(!none);
    grid.setManaged(!none);
    empty.setText(changes.isEmpty() ? "No values recorded" : "No field changed");
    empty.setVisible(none);
    empty.setManaged(none);
  }

  private static ColumnConstraints valueColumn() {
    ColumnConstraints c = new ColumnConstraints(MIN_COLUMN, 100, Double.MAX_VALUE);
    c.setHgrow(Priority.ALWAYS);
    return c;
  }

  private List<String> shown(Function<Changes.FieldChange, String> side) {
    return changes.stream()
        .filter(c -> !onlyChanged.isSelected() || c.changed())
        .map(side)
        .map(v -> v == null ? "\u2014" : v)
        .toList();
  }

  /**
   * Makes the field names' column exactly as wide as its widest name: a grid short of room would
   * otherwise take from before and after alike and leave the names wider than they need, the after
   * side wrapping a firm's name over three lines beside empty space.
   */
  private void sizeFieldColumn() {
    double width = textWidth("Field") + CELL_EXTRA;
    for (Changes.FieldChange c : changes) {
      if (!onlyChanged.isSelected() || c.changed()) {
        width = Math.max(width, textWidth(c.field()) + CELL_EXTRA);
      }
    }
    fieldColumn.setMinWidth(width);
    fieldColumn.setPrefWidth(width);
    fieldColumn.setMaxWidth(width);
  }

  /**
   * Asks for as much width as the column's widest value needs (up to {@link #MAX_COLUMN}), and at
   * least what its title and its widest number, date or code need, so that when the pane is short
   * of room the fuller side gives way first and no code is cut.
   */
  private static void sizeColumn(ColumnConstraints c, String title, List<String> values) {
    double min = Math.max(MIN_COLUMN, textWidth(title) + CELL_EXTRA);
    double pref = min;
    for (String v : values) {
      double width = textWidth(v) + CELL_EXTRA;
      pref = Math.max(pref, width);
      if (isToken(v) && v.length() <= LONG_TOKEN) {
        min = Math.max(min, width);
      }
    }
    c.setPrefWidth(Math.min(MAX_COLUMN, pref));
    c.setMinWidth(min);
  }

  private static double textWidth(String text) {
    Text t = new Text(text);
    t.setFont(Font.getDefault());
    return t.getLayoutBounds().getWidth() * 1.1;
  }

  /** One word: a number, a date, a code, a path or a hash, which wrapping would break anywhere. */
  private static boolean isToken(String text) {
    return !text.isEmpty() && text.chars().noneMatch(Character::isWhitespace);
  }

  private static Label header(String text) {
    Label l = new Label(text);
    l.getStyleClass().addAll("change-header", Styles.TEXT_SMALL);
    l.setMaxWidth(Double.MAX_VALUE);
    return l;
  }

  private static Label cell(String text, String style) {
    Label l = new Label(text);
    if (!isToken(text)) {
      l.setWrapText(true);
    } else if (text.length() > LONG_TOKEN) {
      l.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
      l.setTooltip(new Tooltip(text));
    }
    l.setMaxWidth(Double.MAX_VALUE);
    l.setMaxHeight(Double.MAX_VALUE);
    l.setMinHeight(Region.USE_PREF_SIZE);
    l.setPadding(new Insets(3, 8, 3, 8));
    l.getStyleClass().addAll("change-cell", style);
    GridPane.setFillWidth(l, true);
    GridPane.setFillHeight(l, true);
    return l;
  }

  /** The number of fields shown that differ, for tests. */
  public long highlightedCount() {
    return grid.getChildren().stream()
        .filter(n -> n.getStyleClass().contains("change-new"))
        .count();
  }

  public Node root() {
    return root;
  }
}
