package com.tickmark.app.ui.imports;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.imports.QuarantineViewModel.FieldValue;
import com.tickmark.app.ui.imports.QuarantineViewModel.Row;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The Quarantine tab: the rows set aside, and the picked row's values to correct and re-submit, or
 * discard with a reason.
 */
final class QuarantineView {
  private final QuarantineViewModel vm;
  private final TablePane<Row> rows;
  private final NoticeBar notice;
  private final Label headline = new Label();
  private final Label status = new Label();
  private final Label problems = new Label();
  private final Label raw = new Label();
  private final GridPane form = new GridPane();
  private final Label repairProblems = new Label();
  private final Button resubmit =
      new Button("Re-submit", new FontIcon(MaterialDesignS.SEND_OUTLINE));
  private final TextField reason = new TextField();
  private final Button discard =
      new Button("Discard", new FontIcon(MaterialDesignD.DELETE_OUTLINE));
  private final VBox repairBox;
  private final Label resolved = new Label();
  private final BorderPane root = new BorderPane();
  private Subscription subscriptions = Subscription.EMPTY;

  QuarantineView(QuarantineViewModel vm, UiState uiState, TableExports exports) {
    this.vm = vm;
    rows = new TablePane<>(vm.rows(), uiState, exports);
    rows.setCaption("Quarantined rows");
    rows.setExportTitle(() -> "Quarantined import rows");
    rows.setDefaultSort("file", TableColumn.SortType.ASCENDING);
    rows.table().getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
    rows.table()
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> vm.selectedProperty().set(now));

    headline.setId("quarantine-headline");
    headline.getStyleClass().add(Styles.TITLE_4);
    status.setId("quarantine-status");
    status.getStyleClass().add("status-pill");
    HBox title = new HBox(10, headline, status);
    title.setAlignment(Pos.CENTER_LEFT);
    problems.setId("quarantine-problems");
    problems.setWrapText(true);
    problems.getStyleClass().add(Styles.DANGER);
    raw.setId("quarantine-raw");
    raw.setWrapText(true);
    raw.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "raw-line");
    form.setHgap(10);
    form.setVgap(4);
    form.setId("quarantine-form");
    vm.fields().addListener((ListChangeListener<FieldValue>) c -> buildForm());
    repairProblems.setId("quarantine-repair-problems");
    repairProblems.setWrapText(true);
    repairProblems.getStyleClass().add(Styles.DANGER);
    repairProblems
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.join("\n", vm.repairProblems()), vm.repairProblems()));
    repairProblems.visibleProperty().bind(Bindings.isNotEmpty(vm.repairProblems()));
    repairProblems.managedProperty().bind(repairProblems.visibleProperty());
    resubmit.setId("quarantine-resubmit");
    resubmit.getStyleClass().add(Styles.SUCCESS);
    resubmit.disableProperty().bind(vm.canResubmitProperty().not());
    resubmit.setOnAction(e -> vm.resubmit());
    reason.setId("quarantine-reason");
    reason.setPromptText("Reason for discarding (required; audited)");
    reason.textProperty().bindBidirectional(vm.reasonProperty());
    HBox.setHgrow(reason, Priority.ALWAYS);
    discard.setId("quarantine-discard");
    discard.getStyleClass().add(Styles.DANGER);
    discard.disableProperty().bind(vm.canDiscardProperty().not());
    discard.setOnAction(e -> vm.discard());
    Label fix =
        new Label(
            "Correct the values (in the file's formats) and re-submit: the row is checked exactly"
                + " as the import checks it.");
    fix.setWrapText(true);
    fix.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    HBox resubmitRow = new HBox(8, resubmit);
    resubmitRow.setAlignment(Pos.CENTER_RIGHT);
    HBox discardRow = new HBox(8, reason, discard);
    discardRow.setAlignment(Pos.CENTER_LEFT);
    Label or = new Label("Or set it aside for good");
    or.getStyleClass().addAll(Styles.TEXT_BOLD);
    repairBox = new VBox(8, fix, form, repairProblems, resubmitRow, or, discardRow);
    resolved.setId("quarantine-resolved");
    resolved.setWrapText(true);
    resolved.getStyleClass().add(Styles.TEXT_MUTED);

    VBox detail = new VBox(10, title, problems, raw, repairBox, resolved);
    detail.setPadding(new Insets(14, 16, 16, 16));
    ScrollPane scroll = new ScrollPane(detail);
    scroll.setFitToWidth(true);
    Label empty =
        new Label(
            "Pick a quarantined row to repair or discard it",
            new FontIcon(MaterialDesignT.TRAY_ALERT));
    empty.getStyleClass().add(Styles.TEXT_MUTED);
    StackPane holder = new StackPane(empty, scroll);
    scroll.visibleProperty().bind(vm.selectedProperty().isNotNull());
    empty.visibleProperty().bind(vm.selectedProperty().isNull());

    SplitPane split = new SplitPane(rows.root(), holder);
    SplitPanes.remember(split, "imports.quarantine", uiState, 0.55);
    notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "quarantine-notice");
    BorderPane.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(notice.root());
    root.setCenter(split);
    root.setId("quarantine-pane");
  }

  private void buildForm() {
    form.getChildren().clear();
    int line = 0;
    for (FieldValue f : vm.fields()) {
      Label name = new Label(f.field().key() + (f.field().required() ? " *" : ""));
      name.getStyleClass().add(Styles.TEXT_MUTED);
      TextField value = new TextField();
      value.setId("quarantine-field-" + f.field().key());
      value.textProperty().bindBidirectional(f.valueProperty());
      value.setPrefColumnCount(22);
      GridPane.setHgrow(value, Priority.ALWAYS);
      form.addRow(line++, name, value);
    }
  }

  private void show(Row row) {
    if (row == null) {
      return;
    }
    headline.setText(row.entry().where() + " (import " + row.importId() + ")");
    status.setText(row.status());
    problems.setText(row.problems());
    raw.setText(row.raw());
    boolean open = row.isOpen();
    repairBox.setVisible(open);
    repairBox.setManaged(open);
    resolved.setVisible(!open);
    resolved.setManaged(!open);
    resolved.setText(
        open
            ? ""
            : row.status()
                + " by "
                + row.resolvedBy()
                + " on "
                + row.resolvedAt()
                + " UTC"
                + (row.trade().isEmpty() ? "" : ": trade " + row.trade())
                + (row.resolution().isEmpty() ? "" : ". " + row.resolution()));
  }

  void activate() {
    subscriptions = vm.selectedProperty().subscribe(this::show);
  }

  void deactivate() {
    subscriptions.unsubscribe();
    subscriptions = Subscription.EMPTY;
  }

  void focusSearch() {
    rows.focusFilter();
  }

  TablePane<Row> rowsPane() {
    return rows;
  }

  Node root() {
    return root;
  }
}
