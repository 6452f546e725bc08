package com.tickmark.app.ui.audit;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.audit.AuditViewModel.AuditRow;
import com.tickmark.app.ui.common.ChangeView;
import com.tickmark.app.ui.common.ColumnWidths;
import com.tickmark.app.ui.common.DatePickers;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.common.SecurityStyles;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.ExportFormat;
import com.tickmark.app.ui.table.FileChoice;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditVerification;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The audit viewer's layout: the filter bar with Verify chain and Export on top, the records on the
 * left and the picked record's facts and before/after on the right. A record that breaks the chain
 * is marked in the table.
 */
final class AuditView {
  private final AuditViewModel vm;
  private final TablePane<AuditRow> table;
  private final ComboBox<String> user = new ComboBox<>();
  private final ComboBox<String> entity = new ComboBox<>();
  private final TextField entityId = new TextField();
  private final ComboBox<AuditAction> action = new ComboBox<>();
  private final DatePicker from = DatePickers.iso();
  private final DatePicker to = DatePickers.iso();
  private final Label headline = new Label();
  private final GridPane facts = new GridPane();
  private final ChangeView changes = new ChangeView("audit-changes");
  private final BorderPane root = new BorderPane();
  private final FileChoice files;
  private Supplier<Path> exportTarget;
  private Subscription subscriptions = Subscription.EMPTY;

  AuditView(AuditViewModel vm, UiState uiState, TableExports exports) {
    this.vm = vm;
    this.files = exports.files();
    this.exportTarget = this::chooseExportFile;
    table = new TablePane<>(vm.records(), uiState, exports);
    table.table().getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
    table.setDefaultSort("seq", TableColumn.SortType.DESCENDING);
    table
        .table()
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> vm.selectedProperty().set(now));
    table
        .table()
        .setRowFactory(
            t ->
                new TableRow<>() {
                  @Override
                  protected void updateItem(AuditRow item, boolean empty) {
                    super.updateItem(item, empty);
                    AuditVerification v = vm.verificationProperty().get();
                    boolean broken =
                        !empty
                            && item != null
                            && v != null
                            && v.firstBadSequence().map(s -> s == item.seq()).orElse(false);
                    pseudoClassStateChanged(PseudoClass.getPseudoClass("broken"), broken);
                  }
                });
    vm.verificationProperty().addListener((obs, old, now) -> table.table().refresh());
    ColumnWidths.atLeast(
        table.table(),
        Map.of(
            "seq",
            48.0,
            "time",
            172.0,
            "user",
            100.0,
            "action",
            150.0,
            "entity",
            130.0,
            "entityId",
            80.0));

    SplitPane split = new SplitPane(table.root(), detail());
    SplitPanes.remember(split, "audit.detail", uiState, 0.67);

    NoticeBar verdict = new NoticeBar(vm.verdictProperty(), vm::dismissVerdict, "audit-verdict");
    NoticeBar notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "audit-notice");
    VBox top = new VBox(8, filterBar(), verdict.root(), notice.root());
    top.setPadding(new Insets(8, 8, 8, 8));
    top.getStyleClass().add("filter-area");
    root.setTop(top);
    root.setCenter(split);
    root.setId("audit-screen");
    SecurityStyles.apply(root);
  }

  private Node filterBar() {
    user.setId("audit-user");
    user.setEditable(true);
    user.setPromptText("Any user");
    user.setItems(vm.knownUsers());
    user.valueProperty().bindBidirectional(vm.userProperty());
    user.setPrefWidth(115);
    entity.setId("audit-entity");
    entity.setEditable(true);
    entity.setPromptText("Any entity");
    entity.setItems(vm.knownEntityTypes());
    entity.valueProperty().bindBidirectional(vm.entityTypeProperty());
    entity.setPrefWidth(135);
    entityId.setId("audit-entity-id");
    entityId.setPromptText("Any id");
    entityId.textProperty().bindBidirectional(vm.entityIdProperty());
    entityId.setPrefColumnCount(8);
    entityId.setOnAction(e -> search());
    action.setId("audit-action");
    action.getItems().add(null);
    action.getItems().addAll(AuditAction.values());
    action.valueProperty().bindBidirectional(vm.actionProperty());
    StringConverter<AuditAction> actions =
        new StringConverter<>() {
          @Override
          public String toString(AuditAction a) {
            return a == null ? "Any action" : AuditViewModel.label(a);
          }

          @Override
          public AuditAction fromString(String s) {
            return Arrays.stream(AuditAction.values())
                .filter(a -> AuditViewModel.label(a).equals(s))
                .findFirst()
                .orElse(null);
          }
        };
    action.setConverter(actions);
    action.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(AuditAction item, boolean empty) {
            super.updateItem(item, empty);
            setText(actions.toString(item));
          }
        });
    action.setPrefWidth(170);
    from.setId("audit-from");
    from.setPromptText("first day");
    from.valueProperty().bindBidirectional(vm.fromProperty());
    from.setPrefWidth(128);
    to.setId("audit-to");
    to.setPromptText("last day");
    to.valueProperty().bindBidirectional(vm.toProperty());
    to.setPrefWidth(128);

    Button search = new Button("Search", new FontIcon(MaterialDesignM.MAGNIFY));
    search.setId("audit-search");
    search.getStyleClass().add(Styles.ACCENT);
    search.disableProperty().bind(vm.canSearchProperty().not());
    search.setOnAction(e -> search());
    Button clear = new Button("Clear");
    clear.setId("audit-clear");
    clear.getStyleClass().add(Styles.FLAT);
    clear.disableProperty().bind(vm.busyProperty());
    clear.setOnAction(e -> vm.clearFilter());

    Button verify = new Button("Verify chain", new FontIcon(MaterialDesignS.SHIELD_CHECK_OUTLINE));
    verify.setId("audit-verify");
    verify.setTooltip(new Tooltip("Check every record's hash and its link to the one before"));
    verify.disableProperty().bind(vm.canVerifyProperty().not());
    verify.setOnAction(e -> vm.verify());
    Button verifyData =
        new Button("Verify data", new FontIcon(MaterialDesignD.DATABASE_CHECK_OUTLINE));
    verifyData.setId("audit-verify-data");
    verifyData.setTooltip(
        new Tooltip(
            "Check the chain, then that every stored trade is what the audit trail says it is"));
    verifyData.disableProperty().bind(vm.canVerifyProperty().not());
    verifyData.setOnAction(e -> vm.verifyData());
    Button export = new Button("Export to Excel", new FontIcon(MaterialDesignF.FILE_EXCEL_OUTLINE));
    export.setId("audit-export");
    export.setTooltip(
        new Tooltip("Write the records shown, as filtered and sorted, to an Excel workbook"));
    export.disableProperty().bind(vm.canExportProperty().not());
    export.setOnAction(
        e -> {
          Path file = exportTarget.get();
          if (file != null) {
            vm.export(file);
          }
        });

    // verify and export sit with the search, where there is room; the table's toolbar keeps its own
    // tools
    FlowPane fields =
        new FlowPane(
            8,
            8,
            labelled("User", user),
            labelled("Entity", entity),
            labelled("Entity id", entityId),
            labelled("Action", action),
            labelled("From (UTC)", from),
            labelled("To (UTC)", to),
            bottom(search),
            bottom(clear),
            bottom(verify),
            bottom(verifyData),
            bottom(export));
    fields.setAlignment(Pos.BOTTOM_LEFT);
    fields.getStyleClass().add("filter-bar");
    return fields;
  }

  private static Node labelled(String text, Control field) {
    Label label = new Label(text);
    label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    label.setLabelFor(field);
    return new VBox(3, label, field);
  }

  private static Node bottom(Node node) {
    VBox box = new VBox(node);
    box.setAlignment(Pos.BOTTOM_LEFT);
    return box;
  }

  private void search() {
    if (vm.canSearchProperty().get()) {
      vm.search();
    }
  }

  private Node detail() {
    headline.setId("audit-headline");
    headline.getStyleClass().add(Styles.TITLE_4);
    headline.setWrapText(true);
    facts.setHgap(14);
    facts.setVgap(5);
    facts.getStyleClass().add("detail-facts");
    VBox detail = new VBox(12, headline, facts, changes.root());
    detail.setPadding(new Insets(14, 16, 16, 16));
    detail.getStyleClass().add("detail-pane");
    ScrollPane scroll = new ScrollPane(detail);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    Label empty =
        new Label(
            "Pick a record to see what it changed", new FontIcon(MaterialDesignS.SHIELD_SEARCH));
    empty.getStyleClass().addAll(Styles.TEXT_MUTED, "detail-empty");
    scroll.visibleProperty().bind(vm.selectedProperty().isNotNull());
    empty.visibleProperty().bind(vm.selectedProperty().isNull());
    StackPane holder = new StackPane(empty, scroll);
    holder.getStyleClass().add("detail-holder");
    return holder;
  }

  void activate() {
    subscriptions = vm.selectedProperty().subscribe(this::show);
  }

  void deactivate() {
    subscriptions.unsubscribe();
    subscriptions = Subscription.EMPTY;
  }

  private void show(AuditRow row) {
    if (row == null) {
      return;
    }
    if (table.table().getSelectionModel().getSelectedItem() != row) {
      table.table().getSelectionModel().select(row);
      int index = table.table().getSelectionModel().getSelectedIndex();
      if (index >= 0) {
        table.table().scrollTo(Math.max(0, index - 3));
      }
    }
    var e = row.record().event();
    headline.setText(
        "#"
            + row.seq()
            + " \u00b7 "
            + row.action()
            + " \u00b7 "
            + e.entityType()
            + (e.entityId().isEmpty() ? "" : " " + e.entityId()));
    facts.getChildren().clear();
    int line = 0;
    line = fact(line, "Time", row.time() + " UTC", false);
    line = fact(line, "User", e.actor(), false);
    line = fact(line, "Reason", e.reason().isEmpty() ? "\u2014" : e.reason(), false);
    line = fact(line, "Hash", row.record().hash(), true);
    fact(line, "Previous", row.record().previousHash(), true);
    changes.setChanges(vm.changesOf(row));
  }

  private int fact(int line, String name, String value, boolean code) {
    Label n = new Label(name);
    n.getStyleClass().addAll(Styles.TEXT_MUTED, "fact-name");
    Label v = new Label(value);
    v.setWrapText(true);
    v.getStyleClass().add(code ? "fact-code" : "fact-value");
    facts.addRow(line, n, v);
    GridPane.setHgrow(v, Priority.ALWAYS);
    return line + 1;
  }

  /** The save dialog every export uses, opening where the user keeps exports. */
  private Path chooseExportFile() {
    Window owner = root.getScene() == null ? null : root.getScene().getWindow();
    return files.choose(owner, ExportFormat.XLSX, vm.suggestedFileName()).orElse(null);
  }

  /** Where Export writes, instead of asking with a file chooser (for tests). */
  void setExportTarget(Supplier<Path> target) {
    this.exportTarget = target;
  }

  void focusSearch() {
    table.focusFilter();
  }

  TablePane<AuditRow> tablePane() {
    return table;
  }

  Node root() {
    return root;
  }
}
