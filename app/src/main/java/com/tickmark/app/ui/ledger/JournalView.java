package com.tickmark.app.ui.ledger;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.DatePickers;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.ledger.JournalViewModel.EntryRow;
import com.tickmark.app.ui.ledger.JournalViewModel.KindChoice;
import com.tickmark.app.ui.ledger.JournalViewModel.LineRow;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.model.approval.ApprovalRequest;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Journal screen's layout: the dates and kind in the entries' toolbar, the manual journals
 * waiting for approval and New manual journal… above, the selected entry's lines below with what it
 * reverses, what reversed it and its trade.
 */
final class JournalView implements ModelViewScreen.Layout {
  private final JournalViewModel vm;
  private final TablePane<EntryRow> entries;
  private final TablePane<LineRow> lines;
  private final Label waiting = new Label();
  private final BorderPane root = new BorderPane();
  private boolean selecting;

  /**
   * @param openTrade shows a trade in the blotter
   * @param openApprovals shows the Approvals screen, where manual journals are approved
   */
  JournalView(
      JournalViewModel vm,
      UiState uiState,
      TableExports exports,
      Consumer<String> openTrade,
      Runnable openApprovals) {
    this.vm = vm;
    entries = new TablePane<>(vm.table(), uiState, exports);
    lines = new TablePane<>(vm.lines(), uiState, exports);
    lines.setCaption("Lines");
    lines.setExportTitle(vm.detailTitleProperty()::get);

    DatePicker from = DatePickers.iso();
    from.setId("ledger-journal-from");
    from.valueProperty().bindBidirectional(vm.fromProperty());
    DatePicker to = DatePickers.iso();
    to.setId("ledger-journal-to");
    to.valueProperty().bindBidirectional(vm.toProperty());
    for (DatePicker d : List.of(from, to)) {
      d.setPrefWidth(150);
      d.setMinWidth(Region.USE_PREF_SIZE);
    }
    ComboBox<KindChoice> kind = new ComboBox<>();
    kind.getItems().setAll(vm.kinds());
    kind.setId("ledger-journal-kind");
    kind.setMinWidth(Region.USE_PREF_SIZE);
    kind.valueProperty().bindBidirectional(vm.kindProperty());
    entries.addToToolbar(label("From", from), from, label("To", to), to, kind);

    // the table's selection and the model's follow each other (a drill selects in the model)
    entries
        .table()
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (!selecting && now != null) {
                vm.selectedProperty().set(now);
              }
            });
    vm.selectedProperty().addListener((obs, old, now) -> select(now));

    Button newJournal = new Button("New manual journal…", new FontIcon(MaterialDesignP.PLUS));
    newJournal.setId("ledger-journal-new");
    newJournal.setOnAction(e -> vm.newManualJournal(this::openForm));
    Node offered = vm.postPermitted().offer(newJournal);
    waiting.setId("ledger-journal-waiting");
    waiting.setMinWidth(Region.USE_PREF_SIZE);
    Hyperlink approvals = new Hyperlink("Open Approvals");
    approvals.setId("ledger-journal-open-approvals");
    approvals.setOnAction(e -> openApprovals.run());
    approvals.visibleProperty().bind(waiting.textProperty().isNotEmpty());
    approvals.managedProperty().bind(approvals.visibleProperty());
    showWaiting(vm.pendingProperty().get());
    vm.pendingProperty().addListener((obs, old, now) -> showWaiting(now));
    HBox actions = new HBox(12, offered, waiting, approvals);
    actions.setAlignment(Pos.CENTER_LEFT);
    actions.setPadding(new Insets(8, 12, 0, 12));

    NoticeBar notice =
        new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "ledger-journal-notice");
    VBox top = new VBox(notice.root(), actions);
    VBox.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    SplitPane split = new SplitPane(entries.root(), detail(openTrade));
    split.setOrientation(Orientation.VERTICAL);
    SplitPanes.remember(split, "ledger-journal", uiState, 0.55);
    root.setTop(top);
    root.setCenter(split);
  }

  private static Label label(String text, Node control) {
    Label l = new Label(text);
    l.setMinWidth(Region.USE_PREF_SIZE);
    l.setLabelFor(control);
    return l;
  }

  /** The selected entry: its title, what it reverses or what reversed it, its trade, its lines. */
  private Node detail(Consumer<String> openTrade) {
    Label title = new Label();
    title.setId("ledger-journal-detail-title");
    title.getStyleClass().add(Styles.TEXT_BOLD);
    title.textProperty().bind(vm.detailTitleProperty());
    Label reverses = new Label();
    reverses.setId("ledger-journal-reverses");
    reverses.textProperty().bind(vm.reversesProperty());
    Label reversedBy = new Label();
    reversedBy.setId("ledger-journal-reversed-by");
    reversedBy.textProperty().bind(vm.reversedByProperty());
    reversedBy.getStyleClass().add(Styles.WARNING);
    for (Label l : List.of(reverses, reversedBy)) {
      l.visibleProperty().bind(l.textProperty().isNotEmpty());
      l.managedProperty().bind(l.visibleProperty());
      l.setMinWidth(Region.USE_PREF_SIZE);
    }
    Hyperlink trade = new Hyperlink();
    trade.setId("ledger-journal-open-trade");
    trade
        .textProperty()
        .bind(vm.selectedTradeProperty().map(t -> t.isEmpty() ? "" : "Open trade " + t));
    trade.setTooltip(new Tooltip("Show the entry's trade in the blotter"));
    trade.visibleProperty().bind(vm.selectedTradeProperty().isNotEmpty());
    trade.managedProperty().bind(trade.visibleProperty());
    trade.setOnAction(e -> openTrade.accept(vm.selectedTradeProperty().get()));
    Label posted = new Label();
    posted.setId("ledger-journal-posted");
    posted.textProperty().bind(vm.postedProperty());
    posted.getStyleClass().add(Styles.TEXT_MUTED);
    posted.setMinWidth(Region.USE_PREF_SIZE);
    HBox head = new HBox(12, title, reverses, reversedBy, trade, posted);
    head.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(title, Priority.SOMETIMES);
    head.setPadding(new Insets(8, 12, 0, 12));
    VBox detail = new VBox(4, head, lines.root());
    VBox.setVgrow(lines.root(), Priority.ALWAYS);
    return detail;
  }

  private void select(EntryRow row) {
    selecting = true;
    try {
      if (row == null) {
        entries.table().getSelectionModel().clearSelection();
      } else if (entries.table().getItems().contains(row)) {
        entries.table().getSelectionModel().clearSelection();
        entries.table().getSelectionModel().select(row);
        entries.table().scrollTo(row);
      }
    } finally {
      selecting = false;
    }
  }

  private void showWaiting(List<ApprovalRequest> pending) {
    if (pending.isEmpty()) {
      waiting.setText("");
      waiting.setTooltip(null);
      return;
    }
    waiting.setText(
        pending.size()
            + (pending.size() == 1 ? " manual journal waits" : " manual journals wait")
            + " for approval");
    waiting.getStyleClass().setAll("label", Styles.WARNING);
    waiting.setTooltip(
        new Tooltip(
            pending.stream()
                .map(r -> "#" + r.id().value() + " " + r.summary() + " (by " + r.maker() + ")")
                .collect(Collectors.joining("\n"))));
  }

  private void openForm(ManualJournalViewModel form) {
    Window owner = root.getScene() == null ? null : root.getScene().getWindow();
    ManualJournalDialog.show(owner, form);
  }

  @Override
  public void focusSearch() {
    entries.focusFilter();
  }

  @Override
  public Node root() {
    return root;
  }
}
