package com.tickmark.app.ui.settlement;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.settlement.CashLadderViewModel.Figure;
import com.tickmark.app.ui.settlement.CashLadderViewModel.LadderRow;
import com.tickmark.app.ui.settlement.CashLadderViewModel.MovementRow;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Cash ladder screen's layout: the ladder above, the obligations behind the selected figure
 * below. Selecting a row shows all its movements; clicking its Receipts or Payments cell shows only
 * those.
 */
final class CashLadderView implements ModelViewScreen.Layout {
  private final CashLadderViewModel vm;
  private final TablePane<LadderRow> ladder;
  private final TablePane<MovementRow> behind;
  private final BorderPane root = new BorderPane();
  private final ChangeListener<Object> drill = (obs, old, now) -> drillSelected();

  /**
   * @param openTrade shows a trade in the blotter (the drill from an obligation to its trade)
   */
  CashLadderView(
      CashLadderViewModel vm, UiState uiState, TableExports exports, Consumer<String> openTrade) {
    this.vm = vm;
    ladder = new TablePane<>(vm.days(), uiState, exports);
    behind = new TablePane<>(vm.movements(), uiState, exports);
    TradeDrill.attach(behind, MovementRow::trade, openTrade, "settlement-ladder-open-trade");
    ladder.table().getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
    ladder.table().getSelectionModel().setCellSelectionEnabled(true);
    Label title = new Label();
    title.setId("settlement-ladder-drill-title");
    title.textProperty().bind(vm.drillTitleProperty());
    VBox lower = new VBox(4, title, behind.root());
    VBox.setVgrow(behind.root(), javafx.scene.layout.Priority.ALWAYS);
    lower.setPadding(new Insets(6, 0, 0, 0));
    title.setPadding(new Insets(0, 8, 2, 8));
    SplitPane split = new SplitPane(ladder.root(), lower);
    split.setOrientation(Orientation.VERTICAL);
    SplitPanes.remember(split, "cash-ladder", uiState, 0.6);
    NoticeBar notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "ladder-notice");
    BorderPane.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(notice.root());
    root.setCenter(split);
  }

  /** Drills into the selected cell's figure: receipts, payments, or the whole day. */
  void drillSelected() {
    var cells = ladder.table().getSelectionModel().getSelectedCells();
    if (cells.isEmpty()) {
      vm.drill(null, Figure.NET);
      return;
    }
    TablePosition<?, ?> cell = cells.get(0);
    LadderRow row = ladder.table().getItems().get(cell.getRow());
    TableColumn<?, ?> column = cell.getTableColumn();
    String id = column == null ? "" : String.valueOf(column.getId());
    Figure figure =
        id.endsWith("receipts")
            ? Figure.RECEIPTS
            : id.endsWith("payments") ? Figure.PAYMENTS : Figure.NET;
    vm.drill(row, figure);
  }

  @Override
  public void activate() {
    ladder.table().getSelectionModel().selectedItemProperty().addListener(drill);
    ladder.table().getFocusModel().focusedCellProperty().addListener(drill);
  }

  @Override
  public void deactivate() {
    ladder.table().getSelectionModel().selectedItemProperty().removeListener(drill);
    ladder.table().getFocusModel().focusedCellProperty().removeListener(drill);
  }

  @Override
  public void focusSearch() {
    ladder.focusFilter();
  }

  TablePane<LadderRow> ladderPane() {
    return ladder;
  }

  TablePane<MovementRow> behindPane() {
    return behind;
  }

  @Override
  public Node root() {
    return root;
  }
}
