package com.tickmark.app.ui.reports;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.DatePickers;
import com.tickmark.app.ui.reports.ReportsViewModel.MessageKind;
import com.tickmark.app.ui.reports.ReportsViewModel.ParameterField;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.ExportFormat;
import com.tickmark.app.ui.table.FileChoice;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.model.report.ReportChart;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec.Choice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The Reports screen's layout: the catalog on the left; on the right the picked report's title and
 * description, its parameter form (built from the definition: a date picker for a date, a list for
 * a choice, a searchable list of the instruments), Preview and Export buttons with the outcome
 * beside them, and the preview table. Thin: state and work live in the {@link ReportsViewModel}.
 */
final class ReportsView {
  static final String SELECTED_KEY = "reports.selected";
  private static final String CHART_DIVIDER_KEY = "split.reports.preview";
  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("danger");

  private final ReportsViewModel vm;
  private final UiState uiState;
  private final TableExports exports;
  private final ListView<ReportDefinition> list = new ListView<>();
  private final Label title = new Label();
  private final Label description = new Label();
  private final GridPane form = new GridPane();
  private final Label message = new Label();
  private final Label caption = new Label();
  private final StackPane previewArea = new StackPane();
  private final SplitPane previewSplit = new SplitPane();
  private final StackPane chartArea = new StackPane();
  private final Label previewPlaceholder =
      new Label("Pick a report, set its parameters and press Preview.");
  private final Map<TableModel<ReportRow>, TablePane<ReportRow>> previewPanes = new HashMap<>();
  private final Map<ParameterField, Node[]> formRows = new HashMap<>();
  private final SplitPane root;
  private FileChoice files;
  private TablePane<ReportRow> shownPreview;
  private Subscription subscriptions = Subscription.EMPTY;

  ReportsView(ReportsViewModel vm, UiState uiState, TableExports exports) {
    this.vm = vm;
    this.uiState = uiState;
    this.exports = exports;
    this.files = exports.files();

    Label heading = new Label("Catalog");
    heading.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED, "reports-heading");
    list.setId("reports-list");
    list.setItems(vm.reports());
    list.setCellFactory(v -> new ReportCell());
    list.getStyleClass().add("report-list");
    VBox left = new VBox(6, heading, list);
    VBox.setVgrow(list, Priority.ALWAYS);
    left.setPadding(new Insets(10, 8, 8, 8));
    left.setMinWidth(220);
    left.getStyleClass().add("key-pane");

    title.getStyleClass().addAll(Styles.TITLE_3, "report-title");
    title.setId("report-title");
    description.getStyleClass().add(Styles.TEXT_MUTED);
    description.setWrapText(true);
    description.setId("report-description");

    form.setId("report-form");
    form.setHgap(12);
    form.setVgap(4);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(90);
    labels.setHalignment(HPos.RIGHT);
    ColumnConstraints fieldsColumn = new ColumnConstraints();
    fieldsColumn.setMinWidth(240);
    fieldsColumn.setPrefWidth(280);
    ColumnConstraints hints = new ColumnConstraints();
    hints.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().addAll(labels, fieldsColumn, hints);

    Button preview = new Button("Preview", new FontIcon(MaterialDesignE.EYE_OUTLINE));
    preview.setId("report-preview");
    preview.getStyleClass().add(Styles.ACCENT);
    preview.setDefaultButton(true);
    preview.disableProperty().bind(vm.canPreviewProperty().not());
    preview.setOnAction(e -> vm.preview());
    preview.setMinWidth(Region.USE_PREF_SIZE);
    preview.setTooltip(
        new Tooltip(
            "Show the first "
                + ReportsViewModel.PREVIEW_ROWS
                + " rows of the report's first table (Enter)"));
    Button excel =
        new Button("Export to Excel\u2026", new FontIcon(MaterialDesignM.MICROSOFT_EXCEL));
    excel.setId("report-export-excel");
    excel.setOnAction(e -> export(ExportFormat.XLSX));
    excel.setTooltip(
        new Tooltip(
            "Write the whole report to an Excel workbook: numbers and dates typed, totals as"
                + " formulas"));
    Button pdf = new Button("Export to PDF\u2026", new FontIcon(MaterialDesignF.FILE_PDF_BOX));
    pdf.setId("report-export-pdf");
    pdf.setOnAction(e -> export(ExportFormat.PDF));
    pdf.setTooltip(
        new Tooltip("Write the whole report to a PDF for printing, with page numbers and charts"));
    excel.setMinWidth(Region.USE_PREF_SIZE);
    pdf.setMinWidth(Region.USE_PREF_SIZE);
    excel.disableProperty().bind(vm.canExportProperty().not());
    pdf.disableProperty().bind(vm.canExportProperty().not());
    HBox exportButtons = new HBox(8, excel, pdf);
    exportButtons.setId("report-export-buttons");
    if (!vm.mayExport()) {
      Tooltip why = new Tooltip(vm.exportRefusal());
      why.setWrapText(true);
      why.setMaxWidth(360);
      Tooltip.install(exportButtons, why); // a disabled button shows no tooltip of its own
    }
    message.setId("report-message");
    message.setWrapText(true);
    message.getStyleClass().add("report-message");
    HBox.setHgrow(message, Priority.ALWAYS);
    message.setMaxWidth(Double.MAX_VALUE);
    message.setMinWidth(0);
    HBox actions = new HBox(8, preview, exportButtons, message);
    actions.setAlignment(Pos.CENTER_LEFT);
    HBox.setMargin(message, new Insets(0, 0, 0, 8));

    VBox header = new VBox(6, title, description, form, actions);
    VBox.setMargin(form, new Insets(8, 0, 4, 0));
    header.setPadding(new Insets(14, 16, 12, 16));
    header.getStyleClass().add("report-header");

    caption.setId("report-preview-caption");
    caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    caption.setPadding(new Insets(6, 12, 4, 12));
    previewPlaceholder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TITLE_4);
    previewArea.getChildren().add(previewPlaceholder);
    previewArea.setId("report-preview-area");
    chartArea.getStyleClass().add("report-chart-area");
    previewSplit.getItems().add(previewArea);
    BorderPane previewBox = new BorderPane(previewSplit);
    previewBox.setTop(caption);
    previewBox.getStyleClass().add("report-preview");

    BorderPane right = new BorderPane(previewBox);
    right.setTop(header);

    root = new SplitPane(left, right);
    SplitPane.setResizableWithParent(left, false);
    root.setId("reports");
    SplitPanes.remember(root, "reports", uiState, 0.22);
  }

  /** Attaches what follows the view model; detached when another screen is shown. */
  void activate() {
    ListChangeListener<ParameterField> fieldsChanged = c -> buildForm();
    vm.fields().addListener(fieldsChanged);
    subscriptions =
        Subscription.combine(
            () -> vm.fields().removeListener(fieldsChanged),
            list.getSelectionModel()
                .selectedItemProperty()
                .subscribe(
                    r -> {
                      if (r != null) {
                        vm.selectedProperty().set(r);
                      }
                    }),
            vm.selectedProperty().subscribe(this::showReport),
            vm.previewTableProperty().subscribe(this::showPreview),
            vm.previewChartProperty().subscribe(this::showChart),
            vm.previewCaptionProperty().subscribe(caption::setText),
            vm.messageProperty().subscribe(text -> showMessage()),
            vm.messageKindProperty().subscribe(kind -> showMessage()));
    buildForm();
  }

  void deactivate() {
    subscriptions.unsubscribe();
    subscriptions = Subscription.EMPTY;
  }

  private void showReport(ReportDefinition report) {
    if (report == null) {
      title.setText("");
      description.setText("");
      return;
    }
    if (list.getSelectionModel().getSelectedItem() != report) {
      list.getSelectionModel().select(report);
    }
    title.setText(report.title());
    description.setText(report.description());
    uiState.put(SELECTED_KEY, report.name());
  }

  private void showMessage() {
    String text = vm.messageProperty().get();
    MessageKind kind = vm.messageKindProperty().get();
    message.setText(text);
    message.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
    if (text.isEmpty()) {
      message.setGraphic(null);
    } else if (kind == MessageKind.SUCCESS) {
      message.getStyleClass().add(Styles.SUCCESS);
      message.setGraphic(new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
    } else if (kind == MessageKind.ERROR) {
      message.getStyleClass().add(Styles.DANGER);
      message.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
    } else {
      message.setGraphic(new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
    }
  }

  private void showPreview(TableModel<ReportRow> table) {
    if (table == null) {
      previewArea.getChildren().setAll(previewPlaceholder);
      shownPreview = null;
      return;
    }
    shownPreview =
        previewPanes.computeIfAbsent(
            table,
            t -> {
              TablePane<ReportRow> pane = new TablePane<>(t, uiState, exports);
              pane.setExportTitle(
                  () ->
                      vm.selectedProperty().get() == null
                          ? "Preview"
                          : vm.selectedProperty().get().title() + " (preview)");
              pane.setExportButtonsVisible(false); // the buttons above export the whole report
              pane.table().setId("report-preview-table");
              return pane;
            });
    previewArea.getChildren().setAll(shownPreview.root());
  }

  /** The report's chart beside the table, when it has one. */
  private void showChart(ReportChart chart) {
    if (chart == null) {
      chartArea.getChildren().clear();
      previewSplit.getItems().remove(chartArea);
      return;
    }
    chartArea.getChildren().setAll(PreviewChart.of(chart));
    if (!previewSplit.getItems().contains(chartArea)) {
      previewSplit.getItems().add(chartArea);
      previewSplit.setDividerPositions(uiState.getDouble(CHART_DIVIDER_KEY, 0.55));
      previewSplit
          .getDividers()
          .get(0)
          .positionProperty()
          .addListener(
              (obs, old, position) -> uiState.putDouble(CHART_DIVIDER_KEY, position.doubleValue()));
    }
  }

  /** One row per parameter: label, field, hint. */
  private void buildForm() {
    form.getChildren().clear();
    int row = 0;
    for (ParameterField f : vm.fields()) {
      // a field keeps its controls (and their bindings) for the life of the screen
      form.addRow(row++, formRows.computeIfAbsent(f, ReportsView::formRow));
    }
    if (vm.fields().isEmpty() && vm.selectedProperty().get() != null) {
      Label none = new Label("This report takes no parameters.");
      none.getStyleClass().add(Styles.TEXT_MUTED);
      form.add(none, 0, 0, 3, 1);
    }
  }

  private static Node[] formRow(ParameterField f) {
    Label label = new Label(f.spec().label());
    Control field = field(f);
    field.setId("report-param-" + f.spec().name());
    field.setMaxWidth(Double.MAX_VALUE);
    label.setLabelFor(field);
    Label hint = new Label();
    hint.textProperty().bind(f.hintProperty());
    hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    hint.setWrapText(true);
    f.invalidProperty().subscribe(bad -> field.pseudoClassStateChanged(INVALID, bad));
    return new Node[] {label, field, hint};
  }

  private static Control field(ParameterField f) {
    return switch (f.spec().kind()) {
      case TEXT -> {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(f.valueProperty());
        yield text;
      }
      case DATE -> date(f);
      case CHOICE -> choice(new ComboBox<>(f.choices()), f);
      case LOOKUP -> {
        ChoiceSearchField search = new ChoiceSearchField(f.choices());
        search.textProperty().bindBidirectional(f.valueProperty());
        f.spec().lookup().ifPresent(l -> search.setPromptText(l.prompt()));
        yield search;
      }
    };
  }

  private static DatePicker date(ParameterField f) {
    DatePicker picker = DatePickers.iso();
    f.spec().defaultDescription().ifPresent(picker::setPromptText);
    boolean[] updating = {false};
    ChangeListener<String> fromModel =
        (obs, old, text) -> {
          if (!updating[0]) {
            updating[0] = true;
            try {
              picker.setValue(text == null || text.isBlank() ? null : LocalDate.parse(text));
            } catch (DateTimeParseException e) {
              picker.getEditor().setText(text);
            } finally {
              updating[0] = false;
            }
          }
        };
    f.valueProperty().addListener(fromModel);
    fromModel.changed(null, null, f.valueProperty().get());
    picker
        .valueProperty()
        .addListener(
            (obs, old, date) -> {
              if (!updating[0]) {
                updating[0] = true;
                f.valueProperty().set(date == null ? "" : date.toString());
                updating[0] = false;
              }
            });
    return picker;
  }

  private static <B extends ComboBox<Choice>> B choice(B box, ParameterField f) {
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Choice choice) {
            return choice == null ? "" : choice.label();
          }

          @Override
          public Choice fromString(String text) {
            return f.choices().stream()
                .filter(c -> c.label().equals(text) || c.value().equalsIgnoreCase(text))
                .findFirst()
                .orElse(null);
          }
        });
    boolean[] updating = {false};
    Runnable fromModel =
        () -> {
          if (updating[0]) {
            return;
          }
          updating[0] = true;
          String value = f.valueProperty().get();
          box.setValue(
              f.choices().stream()
                  .filter(c -> c.value().equalsIgnoreCase(value))
                  .findFirst()
                  .orElse(null));
          updating[0] = false;
        };
    f.valueProperty().addListener((obs, old, now) -> fromModel.run());
    f.choices().addListener((ListChangeListener<Choice>) c -> fromModel.run());
    fromModel.run();
    box.valueProperty()
        .addListener(
            (obs, old, choice) -> {
              if (!updating[0]) {
                updating[0] = true;
                f.valueProperty().set(choice == null ? "" : choice.value());
                updating[0] = false;
              }
            });
    return box;
  }

  private void export(ExportFormat format) {
    Window owner = root.getScene() == null ? null : root.getScene().getWindow();
    Optional<Path> file = files.choose(owner, format, vm.suggestedFileName(format));
    file.ifPresent(path -> vm.export(format, path));
  }

  /** Where exports ask for their file; the save dialog unless a test says otherwise. */
  void setFileChoice(FileChoice choice) {
    this.files = choice;
  }

  void focusSearch() {
    if (shownPreview != null) {
      shownPreview.focusFilter();
    } else {
      list.requestFocus();
    }
  }

  Node root() {
    return root;
  }

  /** A report in the list: its title in bold over its description. */
  private static final class ReportCell extends ListCell<ReportDefinition> {
    private final Label name = new Label();
    private final Label about = new Label();
    private final VBox box = new VBox(2, name, about);

    ReportCell() {
      name.getStyleClass().add(Styles.TEXT_BOLD);
      about.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      about.setWrapText(true);
      box.setPadding(new Insets(4, 2, 4, 2));
      setPrefWidth(0); // wrap to the list's width instead of widening it
    }

    @Override
    protected void updateItem(ReportDefinition report, boolean empty) {
      super.updateItem(report, empty);
      if (empty || report == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      name.setText(report.title());
      about.setText(report.description());
      about.prefWidthProperty().bind(getListView().widthProperty().subtract(34));
      about.setMinHeight(Region.USE_PREF_SIZE);
      setGraphic(box);
      setText(null);
    }
  }
}
