package com.tickmark.app.ui.common;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.table.Clipping;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Before and after side by side, one line per field; the fields that differ are highlighted (the
 * old value struck through, the new one marked), and a switch hides the unchanged ones.
 */
public final class ChangeView {
  private final GridPane grid = new GridPane();
  private final CheckBox onlyChanged = new CheckBox("Only changed fields");
  private final Label empty = new Label("No values recorded");
  private final VBox root;
  private List<Changes.FieldChange> changes = List.of();

  public ChangeView(String id) {
    grid.setId(id);
    grid.getStyleClass().add("change-grid");
    // the field names keep their width; before and after share the rest equally and wrap between
    // words, each column at least as wide as its widest word (a path, an id)
    ColumnConstraints field = new ColumnConstraints();
    field.setMinWidth(Region.USE_PREF_SIZE);
    field.setHgrow(Priority.NEVER);
    ColumnConstraints before =
        new ColumnConstraints(Region.USE_COMPUTED_SIZE, 100, Double.MAX_VALUE);
    before.setHgrow(Priority.ALWAYS);
    ColumnConstraints after =
        new ColumnConstraints(Region.USE_COMPUTED_SIZE, 100, Double.MAX_VALUE);
    after.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(field, before, after);
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

  /** Shows the fields of {@code before} and {@code after} (JSON text, or empty). */
  public void show(String before, String after) {
    setChanges(Changes.compare(before, after));
  }

  public void setChanges(List<Changes.FieldChange> newChanges) {
    changes = List.copyOf(newChanges);
    rebuild();
  }

  private void rebuild() {
    grid.getChildren().clear();
    grid.add(header("Field"), 0, 0);
    grid.add(header("Before"), 1, 0);
    grid.add(header("After"), 2, 0);
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
      grid.addRow(row++, name, before, after);
    }
    boolean none = row == 1;
    grid.setVisible(!none);
    grid.setManaged(!none);
    empty.setText(changes.isEmpty() ? "No values recorded" : "No field changed");
    empty.setVisible(none);
    empty.setManaged(none);
  }

  private static Label header(String text) {
    Label l = new Label(text);
    l.getStyleClass().addAll("change-header", Styles.TEXT_SMALL);
    l.setMaxWidth(Double.MAX_VALUE);
    return l;
  }

  private static Label cell(String text, String style) {
    Label l = Clipping.wrapping(text);
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
