package com.tickmark.app.ui.settlement;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.AgingStrip;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.settlement.FailsViewModel.AssignForm;
import com.tickmark.app.ui.settlement.FailsViewModel.FailRow;
import com.tickmark.app.ui.settlement.FailsViewModel.StateFilter;
import com.tickmark.app.ui.settlement.FailsViewModel.StatusRow;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.app.ui.trade.FormDialog;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Fails screen's layout: the count per aging bucket above the table, an Open only / All filter
 * and the Assign… action in the table's toolbar, and below it the selected fail's custodian status
 * lines.
 */
final class FailsView implements ModelViewScreen.Layout {
  private final FailsViewModel vm;
  private final TablePane<FailRow> fails;
  private final TablePane<StatusRow> history;
  private final ChangeListener<FailRow> select;
  private final ComboBox<StateFilter> state = new ComboBox<>();
  private final Button assign = new Button("Assign…");
  private final AgingStrip buckets = new AgingStrip("settlement-fails", "Aging (business days)");
  private final BorderPane root = new BorderPane();

  /**
   * @param openTrade shows a trade in the blotter (the drill from a fail to its trade)
   */
  FailsView(FailsViewModel vm, UiState uiState, TableExports exports, Consumer<String> openTrade) {
    this.vm = vm;
    select = (obs, old, now) -> vm.select(now);
    fails = new TablePane<>(vm.table(), uiState, exports);
    history = new TablePane<>(vm.history(), uiState, exports);
    state.setMinWidth(Region.USE_PREF_SIZE); // the choice is read whole, never "Op..."
    state.getItems().setAll(StateFilter.values());
    state.setId("settlement-fails-state");
    state.valueProperty().bindBidirectional(vm.stateProperty());
    Label stateLabel = new Label("Show");
    stateLabel.setLabelFor(state);
    assign.setId("settlement-fails-assign");
    assign.setOnAction(e -> assignSelected());
    Node offered = vm.assignPermitted().offer(assign);
    if (vm.assignPermitted().allowed()) {
      assign
          .disableProperty()
          .bind(Bindings.isNull(fails.table().getSelectionModel().selectedItemProperty()));
    }
    Label asOf = new Label();
    asOf.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> vm.asOfProperty().get() == null ? "" : "As of " + vm.asOfProperty().get(),
                vm.asOfProperty()));
    fails.addToToolbar(stateLabel, state, offered, asOf);
    TradeDrill.attach(fails, FailRow::trade, openTrade, "settlement-fails-open-trade");
    buckets.show(vm.bucketsProperty().get());
    vm.bucketsProperty().addListener((obs, old, now) -> buckets.show(now));
    NoticeBar notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "fails-notice");
    VBox top = new VBox(notice.root(), buckets.root());
    VBox.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    Label historyTitle = new Label();
    historyTitle.setId("settlement-fails-history-title");
    historyTitle.textProperty().bind(vm.historyTitleProperty());
    historyTitle.setPadding(new Insets(0, 8, 2, 8));
    VBox lower = new VBox(4, historyTitle, history.root());
    VBox.setVgrow(history.root(), Priority.ALWAYS);
    lower.setPadding(new Insets(6, 0, 0, 0));
    SplitPane split = new SplitPane(fails.root(), lower);
    split.setOrientation(Orientation.VERTICAL);
    SplitPanes.remember(split, "settlement-fails", uiState, 0.65);
    root.setTop(top);
    root.setCenter(split);
  }

  @Override
  public void activate() {
    fails.table().getSelectionModel().selectedItemProperty().addListener(select);
    vm.select(fails.table().getSelectionModel().getSelectedItem());
  }

  @Override
  public void deactivate() {
    fails.table().getSelectionModel().selectedItemProperty().removeListener(select);
  }

  /** Opens the assign dialog on the selected fail. */
  void assignSelected() {
    FailRow row = fails.table().getSelectionModel().getSelectedItem();
    if (row == null || !vm.assignPermitted().allowed()) {
      return;
    }
    AssignForm form = vm.assignForm(row);
    Window owner = root.getScene() == null ? null : root.getScene().getWindow();
    FormDialog dialog =
        new FormDialog(owner, "Assign fail", "Assign the fail of " + row.trade(), "Assign");
    ComboBox<String> who = new ComboBox<>(form.owners());
    who.setId("settlement-fail-owner");
    who.valueProperty().bindBidirectional(form.ownerProperty());
    TextField comment = new TextField();
    comment.setId("settlement-fail-comment");
    comment.setPromptText("what is being done (kept in the audit trail)");
    comment.textProperty().bindBidirectional(form.commentProperty());
    dialog
        .content()
        .getChildren()
        .addAll(
            FormDialog.explanation(
                row.trade()
                    + " ("
                    + row.reference()
                    + ", "
                    + row.counterparty()
                    + ") failed"
                    + (row.reason().isEmpty()
                        ? ""
                        : ": "
                            + row.reason()
                            + (row.reasonMeaning().isEmpty() ? "" : ", " + row.reasonMeaning()))
                    + ". The owner works it; the change is kept in the audit trail."),
            FormDialog.field("Owner", who, null),
            FormDialog.field("Comment", comment, null),
            FormDialog.message("settlement-fail-error", form.errorProperty(), Styles.DANGER));
    dialog.content().setPrefWidth(480);
    dialog.onOk(form.canSend(), form.busyProperty(), form::send);
    dialog.show();
  }

  @Override
  public void focusSearch() {
    fails.focusFilter();
  }

  TablePane<FailRow> failsPane() {
    return fails;
  }

  TablePane<StatusRow> historyPane() {
    return history;
  }

  @Override
  public Node root() {
    return root;
  }
}
