package com.tickmark.app.ui.table;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.tickmark.app.ui.ErrorDialogs;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.model.report.Report;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
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
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The view of a {@link TableModel}: a quick-filter field, the "n of m" row count, and Copy, Excel
 * and PDF buttons above a dense table whose columns come from the model's {@link ColumnSpec}s.
 * Ctrl+C copies the selected rows (all shown rows when none is selected) as tab-separated text;
 * Ctrl+Shift+E and Ctrl+Shift+P export the shown rows in the visible columns, as sorted, to an
 * Excel workbook or a PDF. Copying and exporting go through the {@link Exporter} (permission check
 * and audit record) and are disabled, with a tooltip saying why, for users who may not export. The
 * layout of the columns is remembered in the {@link UiState}. Columns are sized to their values
 * ({@link ColumnFit}): no number, code or id is cut, and free text cut to fit shows whole in a
 * tooltip.
 */
public final class TablePane<R> {
  /** Copies the selected rows. */
  public static final KeyCombination COPY =
      new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

  /** Exports the shown rows to an Excel workbook. */
  public static final KeyCombination EXPORT_EXCEL =
      new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  /** Exports the shown rows to a PDF. */
  public static final KeyCombination EXPORT_PDF =
      new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  static final String NOT_SET_UP = "Copying and exporting are not available on this table.";

  private final TableModel<R> model;
  private final TableView<R> table =
      new TableView<>() {
        @Override
        protected void layoutChildren() {
          super.layoutChildren();
          fit.laidOut();
        }
      };
  private final ColumnFit<R> fit;
  private final CustomTextField filter = new CustomTextField();
  private final Label count = new Label();
  private final HBox toolbar = new HBox(8);
  private final BorderPane root = new BorderPane();
  private final Label message = new Label();
  private final Region spacer = new Region();
  private final TableExports exports;
  private Consumer<String> clipboard = TablePane::toSystemClipboard;
  private FileChoice files;
  private boolean showExports = true;
  private Supplier<String> exportTitle;
  private Supplier<BackgroundTask.Work<Report>> exportReport;
  private final List<Node> exportControls = new ArrayList<>();
  private final List<MenuItem> exportItems = new ArrayList<>();
  private final HBox actions = new HBox(2);

  /** A table that copies and exports what it shows through {@code exports}; null for none. */
  public TablePane(TableModel<R> model, UiState uiState, TableExports exports) {
    this.model = model;
    this.exports = exports;
    this.files = exports == null ? null : exports.files();
    this.exportTitle = () -> capitalised(model.noun());
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
    // ColumnFit shares the spare width out; a table narrower than its values scrolls sideways
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.setTableMenuButtonVisible(true);
    table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE, "data-table");
    Label placeholder = new Label();
    placeholder.textProperty().bind(model.placeholderProperty());
    placeholder.getStyleClass().add(Styles.TEXT_MUTED);
    table.setPlaceholder(placeholder);
    boolean mayExport = exports != null && exports.exporter().mayExport();
    String refusal = exports == null ? NOT_SET_UP : exports.exporter().refusal();
    table.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (COPY.match(e)) {
            copySelection();
            e.consume();
          } else if (EXPORT_EXCEL.match(e)) {
            export(ExportFormat.XLSX);
            e.consume();
          } else if (EXPORT_PDF.match(e)) {
            export(ExportFormat.PDF);
            e.consume();
          }
        });
    MenuItem copy = new MenuItem("Copy selected rows");
    copy.setAccelerator(COPY);
    copy.setOnAction(e -> copySelection());
    MenuItem copyAll = new MenuItem("Copy all shown rows");
    copyAll.setOnAction(e -> copyAll());
    MenuItem excel =
        new MenuItem("Export to Excel…", new FontIcon(MaterialDesignM.MICROSOFT_EXCEL));
    excel.setAccelerator(EXPORT_EXCEL);
    excel.setOnAction(e -> export(ExportFormat.XLSX));
    MenuItem pdf = new MenuItem("Export to PDF…", new FontIcon(MaterialDesignF.FILE_PDF_BOX));
    pdf.setAccelerator(EXPORT_PDF);
    pdf.setOnAction(e -> export(ExportFormat.PDF));
    for (MenuItem item : List.of(copy, copyAll, excel, pdf)) {
      item.setDisable(!mayExport);
    }
    exportItems.addAll(List.of(excel, pdf));
    table.setContextMenu(new ContextMenu(copy, copyAll, new SeparatorMenuItem(), excel, pdf));
    TableLayouts.remember(table, model.id(), uiState);
    fit = new ColumnFit<>(table, model);

    QuickFilters.install(
        filter,
        table,
        model.filterTextProperty(),
        "Filter",
        "Show only rows containing these words (Ctrl+F)");
    filter.setPrefColumnCount(18);
    filter.setMinWidth(90);

    count.textProperty().bind(Bindings.concat(model.countTextProperty()));
    count.getStyleClass().addAll(Styles.TEXT_MUTED, "row-count");
    count.setMinWidth(Region.USE_PREF_SIZE);

    Button copyButton =
        button(
            "Copy",
            new FontIcon(MaterialDesignC.CONTENT_COPY),
            baseId + "-copy",
            "Copy the selected rows, or all shown rows, for a spreadsheet ("
                + COPY.getDisplayText()
                + ")");
    copyButton.setOnAction(e -> copySelection());
    Button excelButton =
        button(
            "Excel",
            new FontIcon(MaterialDesignM.MICROSOFT_EXCEL),
            baseId + "-export-excel",
            "Export the shown rows and columns, as sorted, to an Excel workbook ("
                + EXPORT_EXCEL.getDisplayText()
                + ")");
    excelButton.setOnAction(e -> export(ExportFormat.XLSX));
    Button pdfButton =
        button(
            "PDF",
            new FontIcon(MaterialDesignF.FILE_PDF_BOX),
            baseId + "-export-pdf",
            "Export the shown rows and columns, as sorted, to a PDF for printing ("
                + EXPORT_PDF.getDisplayText()
                + ")");
    pdfButton.setOnAction(e -> export(ExportFormat.PDF));
    exportControls.addAll(List.of(excelButton, pdfButton));
    actions.getChildren().addAll(copyButton, excelButton, pdfButton);
    actions.getChildren().forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
    actions.setAlignment(Pos.CENTER_RIGHT);
    actions.setId(baseId + "-actions");
    if (!mayExport) {
      // a disabled control shows no tooltip: the box around the buttons says why they are off
      actions.getChildren().forEach(b -> b.setDisable(true));
      Tooltip why = new Tooltip(refusal);
      why.setWrapText(true);
      why.setMaxWidth(360);
      Tooltip.install(actions, why);
    }

    message.setId(baseId + "-message");
    message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "export-message");
    message.setMinWidth(0);

    HBox.setHgrow(spacer, Priority.ALWAYS);
    toolbar.getChildren().addAll(filter, count, spacer, message, actions);
    toolbar.setAlignment(Pos.CENTER_LEFT);
    toolbar.setPadding(new Insets(6, 8, 6, 8));
    toolbar.getStyleClass().add("table-toolbar");
    // the pane decides the toolbar's width; fitToolbar() makes its content fit
    toolbar.setMinWidth(0);
    toolbar.widthProperty().addListener(o -> fitToolbar());
    actions
        .widthProperty()
        .addListener(o -> fitToolbar()); // the buttons' skins arrive after the toolbar's width
    count.textProperty().addListener(o -> fitToolbar());

    root.setTop(toolbar);
    root.setCenter(table);
    root.getStyleClass().add("table-pane");
  }

  private <V> TableColumn<R, V> column(ColumnSpec<R, V> spec) {
    TableColumn<R, V> column = new TableColumn<>(spec.title());
    column.setId(spec.id());
    column.setUserData(spec);
    column.setPrefWidth(spec.prefWidth());
    // never narrower than its bold title, so a squeezed table does not clip the headers
    column.setMinWidth(ColumnFit.titleWidth(spec));
    column.setCellValueFactory(
        features -> new ReadOnlyObjectWrapper<>(spec.valueOf(features.getValue())));
    column.setComparator(spec.comparator());
    if (spec.numeric()) {
      column.getStyleClass().add("numeric");
    }
    column.setCellFactory(
        c ->
            new TableCell<>() {
              private String extraClass;
              private Tooltip whole;

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
                fit.cellFilled();
                String style = spec.styleClassOf(item);
                if (style != null) {
                  getStyleClass().add(style);
                  extraClass = style;
                }
              }

              /** Free text cut to fit offers its whole text in a tooltip. */
              @Override
              protected void layoutChildren() {
                super.layoutChildren();
                boolean cut = Clipping.isCut(this);
                if (cut && whole == null) {
                  whole = new Tooltip();
                  whole.setWrapText(true);
                  whole.setMaxWidth(480);
                }
                if (cut) {
                  whole.setText(getText());
                }
                if (getTooltip() != (cut ? whole : null)) {
                  setTooltip(cut ? whole : null);
                }
              }
            });
    return column;
  }

  private static Button button(String text, Node icon, String id, String tooltip) {
    Button b = new Button(text, icon);
    b.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    b.setTooltip(new Tooltip(tooltip));
    b.setId(id);
    return b;
  }

  private boolean mayExport() {
    return exports != null && exports.exporter().mayExport();
  }

  /**
   * Copies the selected rows, or every shown row when none is selected, in the visible column
   * order.
   */
  public void copySelection() {
    List<Integer> selected = List.copyOf(table.getSelectionModel().getSelectedIndices());
    copy(selected, selected.isEmpty() ? "all shown rows" : "selected rows");
  }

  /** Copies every shown row in the visible column order. */
  public void copyAll() {
    copy(List.of(), "all shown rows");
  }

  private void copy(List<Integer> selected, String which) {
    if (!mayExport()) {
      return;
    }
    String text = model.copyAsTsv(selected, visibleColumnIds());
    long rows = text.lines().count() - 1;
    Map<String, String> parameters = description();
    parameters.put("Rows", which);
    String what = exportTitle.get();
    exports
        .exporter()
        .copy(
            what,
            parameters,
            rows,
            text,
            copied -> {
              clipboard.accept(copied);
              message.setText(
                  "Copied " + Formats.grouped(rows) + " " + (rows == 1 ? "row" : "rows"));
            },
            error -> ErrorDialogs.show(window(), "Could not copy the " + model.noun(), error));
  }

  /**
   * Exports the shown rows in the visible columns, as sorted, to a file the user chooses: the rows
   * are taken now, on the FX thread; the file is written in the background with its progress in the
   * status bar.
   */
  public void export(ExportFormat format) {
    if (!mayExport() || !showExports) {
      return;
    }
    List<R> shown = List.copyOf(model.sortedRows());
    List<String> columns = visibleColumnIds();
    String filterText = model.filterTextProperty().get();
    String sortedBy = sortDescription();
    long total = model.totalCountProperty().get();
    String title = exportTitle.get();
    Optional<Path> chosen = files.choose(window(), format, format.fileName(fileName(title)));
    if (chosen.isEmpty()) {
      return;
    }
    Path file = chosen.get();
    Instant at = exports.clock().instant();
    String user = exports.exporter().userName();
    message.setText("Exporting " + Formats.grouped(shown.size()) + " " + model.noun() + "…");
    BackgroundTask.Work<Report> report =
        exportReport != null
            ? exportReport.get()
            : task ->
                model.exportReport(title, shown, columns, filterText, sortedBy, total, user, at);
    exports
        .exporter()
        .export(
            report,
            format,
            file,
            result ->
                message.setText(
                    "Exported "
                        + Formats.grouped(result.rows())
                        + " "
                        + (result.rows() == 1 ? "row" : "rows")
                        + " to "
                        + result.file().getFileName()),
            error -> {
              message.setText("");
              ErrorDialogs.show(
                  window(),
                  "Could not export the " + model.noun() + " to " + file.getFileName(),
                  error);
            },
            () -> message.setText("Export cancelled; nothing was written"));
  }

  /** The filter and the sort, for the audit record of a copy. */
  private Map<String, String> description() {
    Map<String, String> d = new LinkedHashMap<>();
    String text = model.filterTextProperty().get();
    if (text != null && !text.isBlank()) {
      d.put("Filter", text.strip());
    }
    String sortedBy = sortDescription();
    if (!sortedBy.isEmpty()) {
      d.put("Sorted by", sortedBy);
    }
    d.put(
        "Columns",
        table.getVisibleLeafColumns().stream()
            .map(TableColumn::getText)
            .collect(Collectors.joining(", ")));
    return d;
  }

  /** "Symbol ascending, Name descending", or empty when unsorted. */
  String sortDescription() {
    return table.getSortOrder().stream()
        .map(
            c ->
                c.getText()
                    + (c.getSortType() == TableColumn.SortType.DESCENDING
                        ? " descending"
                        : " ascending"))
        .collect(Collectors.joining(", "));
  }

  private static String fileName(String title) {
    String name =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return name.isEmpty() ? "export" : name;
  }

  private static String capitalised(String noun) {
    return noun.isEmpty() ? noun : Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
  }

  private Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
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

  /**
   * Exports the screen's own report (an account statement with its opening, closing and total
   * formulas) instead of the rows as shown; {@code report} is asked on the FX thread for the work
   * that builds it off it.
   */
  public void setExportReport(Supplier<BackgroundTask.Work<Report>> report) {
    this.exportReport = report;
  }

  /** Where exports ask for their file; the screen's choice unless a test says otherwise. */
  public void setFileChoice(FileChoice choice) {
    this.files = choice;
  }

  /**
   * What an export or a copy of this table is called: in the file, its name and the audit record.
   * By default the rows' noun ("Instruments").
   */
  public void setExportTitle(Supplier<String> title) {
    this.exportTitle = title;
  }

  /**
   * Shows or hides the Excel and PDF buttons and menu items (Copy stays): a preview hides them when
   * its screen exports the whole of what it previews.
   */
  public void setExportButtonsVisible(boolean visible) {
    exportControls.forEach(
        n -> {
          n.setVisible(visible);
          n.setManaged(visible);
        });
    exportItems.forEach(i -> i.setVisible(visible));
    showExports = visible;
  }

  /** What the last copy or export said: "Exported 7 rows to instruments.xlsx". */
  public Label message() {
    return message;
  }

  /**
   * In a pane too narrow for the whole toolbar, the buttons drop their words and keep their icons
   * (the tooltips still say what they do), then the row count steps aside; both come back when the
   * pane widens. The filter field gives way first, down to its minimum; the caption never does.
   */
  private void fitToolbar() {
    double width = toolbar.getWidth();
    if (width <= 0
        || actions.getChildren().stream().anyMatch(b -> ((Button) b).getSkin() == null)) {
      return;
    }
    double actionsWithIcons = actionsWidth(ContentDisplay.GRAPHIC_ONLY);
    double actionsWithWords = actionsWidth(ContentDisplay.LEFT);
    double rest =
        toolbar.snappedLeftInset()
            + toolbar.snappedRightInset()
            + toolbar.getSpacing() * (toolbar.getChildren().size() - 1);
    for (Node n : toolbar.getChildren()) {
      if (n.isManaged() && n != spacer && n != message && n != count && n != actions) {
        rest += n.minWidth(-1);
      }
    }
    double countWidth = count.prefWidth(-1);
    boolean words = rest + countWidth + actionsWithWords <= width;
    boolean counted = words || rest + countWidth + actionsWithIcons <= width;
    actions
        .getChildren()
        .forEach(
            b ->
                ((Button) b)
                    .setContentDisplay(words ? ContentDisplay.LEFT : ContentDisplay.GRAPHIC_ONLY));
    count.setManaged(counted);
    count.setVisible(counted);
  }

  private double actionsWidth(ContentDisplay display) {
    actions.getChildren().forEach(b -> ((Button) b).setContentDisplay(display));
    return actions.prefWidth(-1);
  }

  /**
   * Adds controls to the toolbar, after the row count. A button keeps its whole label (the filter
   * field gives way, then the export buttons drop their words): an "A…" button says nothing.
   */
  public void addToToolbar(Node... nodes) {
    for (Node n : nodes) {
      if (n instanceof Labeled labeled) {
        labeled.setMinWidth(Region.USE_PREF_SIZE);
      }
    }
    toolbar.getChildren().addAll(toolbar.getChildren().indexOf(spacer), List.of(nodes));
  }

  /** Puts a caption at the start of the toolbar (for a pane that shares a tab with another). */
  public void setCaption(String caption) {
    Label label = new Label(caption);
    label.getStyleClass().addAll(Styles.TEXT_BOLD, "table-caption");
    label.setMinWidth(Region.USE_PREF_SIZE); // the filter field gives way, never the caption
    toolbar.getChildren().add(0, label);
  }

  /**
   * Sorts by {@code columnId} until the user chooses another sort (or the saved layout has one).
   */
  public void setDefaultSort(String columnId, TableColumn.SortType type) {
    if (!table.getSortOrder().isEmpty()) {
      return;
    }
    table.getColumns().stream()
        .filter(c -> c.getId().equals(columnId))
        .findFirst()
        .ifPresent(
            c -> {
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
