package com.tickmark.app.ui.table;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.tickmark.app.ui.UiState;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The view of a {@link TableModel}: a quick-filter field, the "n of m" row count and a Copy button
 * above a dense table whose columns come from the model's {@link ColumnSpec}s. Ctrl+C copies the
 * selected rows (all shown rows when none is selected) as tab-separated text; the layout of the
 * columns is remembered in the {@link UiState}.
 */
public final class TablePane<R> {
  /** Copies the selected rows. */
  public static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

  private final TableModel<R> model;
  private final TableView<R> table = new TableView<>();
  private final CustomTextField filter = new CustomTextField();
  private final Label count = new Label();
  private final HBox toolbar = new HBox(8);
  private final BorderPane root = new BorderPane();
  private Consumer<String> clipboard = TablePane::toSystemClipboard;

  public TablePane(TableModel<R> model, UiState uiState) {
    this.model = model;
    String baseId = model.id().replace('.', '-');
    table.setId(baseId);
    filter.setId(baseId + "-filter");
    count.setId(baseId + "-count");

    for (ColumnSpec<R, ?> spec : model.columns()) {
      table.getColumns().add(column(spec));
    }
    table.setItems(model.sortedRows());
    model.sortedRows().comparatorProperty().bind(table.comparatorProperty());
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    // a text column at the end takes the spare width; numbers at the end stay next to their neighbours
    boolean lastIsText = !model.columns().get(model.columns().size() - 1).numeric();
    table.setColumnResizePolicy(lastIsText ? TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN : TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.setTableMenuButtonVisible(true);
    table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE, "data-table");
    Label placeholder = new Label();
    placeholder.textProperty().bind(model.placeholderProperty());
    placeholder.getStyleClass().add(Styles.TEXT_MUTED);
    table.setPlaceholder(placeholder);
    table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (COPY.match(e)) {
        copySelection();
        e.consume();
      }
    });
    MenuItem copy = new MenuItem("Copy selected rows");
    copy.setAccelerator(COPY);
    copy.setOnAction(e -> copySelection());
    MenuItem copyAll = new MenuItem("Copy all shown rows");
    copyAll.setOnAction(e -> copyAll());
    table.setContextMenu(new ContextMenu(copy, copyAll));
    TableLayouts.remember(table, model.id(), uiState);

    filter.setPromptText("Filter");
    filter.getStyleClass().add("quick-filter");
    filter.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
    FontIcon clear = new FontIcon(MaterialDesignC.CLOSE_CIRCLE);
    clear.setCursor(Cursor.HAND);
    clear.setOnMouseClicked(e -> filter.clear());
    clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
    filter.setRight(clear);
    filter.setPrefColumnCount(18);
    filter.textProperty().bindBidirectional(model.filterTextProperty());
    filter.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
        filter.clear();
        e.consume();
      } else if (e.getCode() == KeyCode.DOWN) {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
          table.getSelectionModel().select(0);
        }
        e.consume();
      }
    });
    Tooltip.install(filter, new Tooltip("Show only rows containing these words (Ctrl+F)"));

    count.textProperty().bind(Bindings.concat(model.countTextProperty()));
    count.getStyleClass().addAll(Styles.TEXT_MUTED, "row-count");

    Button copyButton = new Button("Copy", new FontIcon(MaterialDesignC.CONTENT_COPY));
    copyButton.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    copyButton.setTooltip(new Tooltip("Copy the selected rows, or all shown rows, for a spreadsheet (Ctrl+C)"));
    copyButton.setOnAction(e -> copySelection());
    copyButton.setId(baseId + "-copy");

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    toolbar.getChildren().addAll(filter, count, spacer, copyButton);
    toolbar.setAlignment(Pos.CENTER_LEFT);
    toolbar.setPadding(new Insets(6, 8, 6, 8));
    toolbar.getStyleClass().add("table-toolbar");

    root.setTop(toolbar);
    root.setCenter(table);
    root.getStyleClass().add("table-pane");
  }

  private static <R, V> TableColumn<R, V> column(ColumnSpec<R, V> spec) {
    TableColumn<R, V> column = new TableColumn<>(spec.title());
    column.setId(spec.id());
    column.setUserData(spec);
    column.setPrefWidth(spec.prefWidth());
    // never narrower than its bold title, so a squeezed table does not clip the headers
    column.setMinWidth(Math.max(48, spec.title().length() * 8.5 + 26));
    column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(spec.valueOf(features.getValue())));
    column.setComparator(spec.comparator());
    if (spec.numeric()) {
      column.getStyleClass().add("numeric");
    }
    column.setCellFactory(c -> new TableCell<>() {
      private String extraClass;

      @Override
      protected void updateItem(V item, boolean empty) {
        super.updateItem(item, empty);
        if (extraClass != null) {
          getStyleClass().remove(extraClass);
          extraClass = null;
        }
        if (empty) {
          setText(null);
          return;
        }
        setText(spec.displayOf(item));
        String style = spec.styleClassOf(item);
        if (style != null) {
          getStyleClass().add(style);
          extraClass = style;
        }
      }
    });
    return column;
  }

  /** Copies the selected rows, or every shown row when none is selected, in the visible column order. */
  public void copySelection() {
    clipboard.accept(model.copyAsTsv(List.copyOf(table.getSelectionModel().getSelectedIndices()), visibleColumnIds()));
  }

  /** Copies every shown row in the visible column order. */
  public void copyAll() {
    clipboard.accept(model.copyAllAsTsv(visibleColumnIds()));
  }

  private List<String> visibleColumnIds() {
    return table.getVisibleLeafColumns().stream().map(TableColumn::getId).toList();
  }

  private static void toSystemClipboard(String text) {
    Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
  }

  /** Where copied text goes; the system clipboard unless a test says otherwise. */
  public void setClipboard(Consumer<String> clipboard) {
    this.clipboard = clipboard;
  }

  /** Adds controls to the toolbar, after the row count. */
  public void addToToolbar(Node... nodes) {
    toolbar.getChildren().addAll(toolbar.getChildren().size() - 2, List.of(nodes));
  }

  /** Puts a caption at the start of the toolbar (for a pane that shares a tab with another). */
  public void setCaption(String caption) {
    Label label = new Label(caption);
    label.getStyleClass().addAll(Styles.TEXT_BOLD, "table-caption");
    toolbar.getChildren().add(0, label);
  }

  /** Sorts by {@code columnId} until the user chooses another sort (or the saved layout has one). */
  public void setDefaultSort(String columnId, TableColumn.SortType type) {
    if (!table.getSortOrder().isEmpty()) {
      return;
    }
    table.getColumns().stream().filter(c -> c.getId().equals(columnId)).findFirst().ifPresent(c -> {
      c.setSortType(type);
      table.getSortOrder().setAll(List.of(c));
    });
  }

  public void focusFilter() {
    filter.requestFocus();
    filter.selectAll();
  }

  public TableView<R> table() {
    return table;
  }

  public CustomTextField filterField() {
    return filter;
  }

  public Node root() {
    return root;
  }
}
