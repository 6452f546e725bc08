package com.tickmark.app.ui.ledger;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.DatePickers;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.ledger.ProfitAndLossViewModel.By;
import com.tickmark.app.ui.ledger.ProfitAndLossViewModel.Row;
import com.tickmark.app.ui.ledger.ProfitAndLossViewModel.Summary;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import java.math.BigDecimal;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The P&amp;L screen's layout: the as-of date and the grouping, then the day's, month's and year's
 * totals, above the table.
 */
final class ProfitAndLossView implements ModelViewScreen.Layout {
  private final TablePane<Row> pnl;
  private final FlowPane totals = new FlowPane(20, 6);
  private final BorderPane root = new BorderPane();

  ProfitAndLossView(ProfitAndLossViewModel vm, UiState uiState, TableExports exports) {
    pnl = new TablePane<>(vm.table(), uiState, exports);
    pnl.setExportTitle(
        () -> "P&L by " + vm.byProperty().get() + " as of " + vm.asOfProperty().get());
    DatePicker asOf = DatePickers.iso();
    asOf.setId("ledger-pnl-as-of");
    asOf.setPrefWidth(150);
    asOf.setMinWidth(Region.USE_PREF_SIZE);
    asOf.valueProperty().bindBidirectional(vm.asOfProperty());
    Label asOfLabel = new Label("As of");
    asOfLabel.setMinWidth(Region.USE_PREF_SIZE);
    asOfLabel.setLabelFor(asOf);
    ComboBox<By> by = new ComboBox<>();
    by.getItems().setAll(By.values());
    by.setId("ledger-pnl-by");
    by.setMinWidth(Region.USE_PREF_SIZE);
    by.valueProperty().bindBidirectional(vm.byProperty());
    Label byLabel = new Label("By");
    byLabel.setMinWidth(Region.USE_PREF_SIZE);
    byLabel.setLabelFor(by);
    HBox pickers = new HBox(8, asOfLabel, asOf, byLabel, by);
    pickers.setAlignment(Pos.CENTER_LEFT);
    pickers.setPadding(new Insets(8, 12, 0, 12));
    totals.setId("ledger-pnl-totals");
    totals.setAlignment(Pos.CENTER_LEFT);
    totals.setPadding(new Insets(8, 12, 0, 12));
    show(vm.summaryProperty().get());
    vm.summaryProperty().addListener((obs, old, now) -> show(now));
    NoticeBar notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "ledger-pnl-notice");
    VBox top = new VBox(notice.root(), pickers, totals);
    VBox.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(top);
    root.setCenter(pnl.root());
  }

  private void show(Summary s) {
    totals.getChildren().clear();
    if (s.currency() == null) {
      return;
    }
    String c = s.currency().code();
    totals
        .getChildren()
        .addAll(
            total("Day (" + c + ")", s.day(), "ledger-pnl-day"),
            total("Month to date (" + c + ")", s.monthToDate(), "ledger-pnl-mtd"),
            total("Year to date (" + c + ")", s.yearToDate(), "ledger-pnl-ytd"));
  }

  private static Node total(String title, BigDecimal amount, String id) {
    Label name = new Label(title);
    name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    Label value = new Label(Formats.grouped(amount, amount.scale()));
    value.setId(id);
    value.getStyleClass().addAll(Styles.TEXT_BOLD, amount.signum() < 0 ? Styles.DANGER : "");
    value.setMinWidth(Region.USE_PREF_SIZE);
    return new VBox(1, name, value);
  }

  @Override
  public void focusSearch() {
    pnl.focusFilter();
  }

  @Override
  public Node root() {
    return root;
  }
}
