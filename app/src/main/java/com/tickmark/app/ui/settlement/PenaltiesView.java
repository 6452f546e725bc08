package com.tickmark.app.ui.settlement;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.settlement.PenaltiesViewModel.PenaltyRow;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.app.ui.trade.FormDialog;
import com.tickmark.model.settlement.penalty.PenaltySum;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Penalties screen's layout: the totals per currency and direction above the table, the month
 * picker and the Mark month booked… action in the table's toolbar.
 */
final class PenaltiesView implements ModelViewScreen.Layout {
  private final PenaltiesViewModel vm;
  private final TablePane<PenaltyRow> penalties;
  private final ComboBox<YearMonth> month = new ComboBox<>();
  private final Button book = new Button("Mark month booked…");
  private final HBox totals = new HBox(16);
  private final BorderPane root = new BorderPane();

  /**
   * @param openTrade shows a trade in the blotter (the drill from a penalty to its trade)
   */
  PenaltiesView(
      PenaltiesViewModel vm, UiState uiState, TableExports exports, Consumer<String> openTrade) {
    this.vm = vm;
    penalties = new TablePane<>(vm.table(), uiState, exports);
    month.setId("settlement-penalties-month");
    month.setMinWidth(Region.USE_PREF_SIZE);
    month.setItems(vm.months());
    month.valueProperty().bindBidirectional(vm.monthProperty());
    Label monthLabel = new Label("Month");
    monthLabel.setLabelFor(month);
    book.setId("settlement-penalties-book");
    book.setOnAction(e -> confirmBookMonth());
    Node offered = vm.bookPermitted().offer(book);
    if (vm.bookPermitted().allowed()) {
      book.disableProperty().bind(vm.canBookMonth().not());
    }
    Label asOf = new Label();
    asOf.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> vm.asOfProperty().get() == null ? "" : "As of " + vm.asOfProperty().get(),
                vm.asOfProperty()));
    penalties.addToToolbar(monthLabel, month, offered, asOf);
    TradeDrill.attach(penalties, PenaltyRow::trade, openTrade, "settlement-penalties-open-trade");
    totals.setId("settlement-penalties-totals");
    totals.setAlignment(Pos.CENTER_LEFT);
    totals.setPadding(new Insets(8, 12, 0, 12));
    showTotals(vm.totalsProperty().get());
    vm.totalsProperty().addListener((obs, old, now) -> showTotals(now));
    NoticeBar notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "penalties-notice");
    VBox top = new VBox(notice.root(), totals);
    VBox.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(top);
    root.setCenter(penalties.root());
  }

  private void showTotals(List<PenaltySum> sums) {
    Label title = new Label(sums.isEmpty() ? "No CSDR penalty this month" : "Totals");
    title.getStyleClass().add(Styles.TEXT_MUTED);
    totals.getChildren().setAll(title);
    for (PenaltySum s : sums) {
      Label name =
          new Label(
              s.currency().code()
                  + " "
                  + PenaltiesViewModel.label(s.direction()).toLowerCase(Locale.ROOT)
                  + " ("
                  + s.penalties()
                  + ")");
      name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      Label amount = new Label(Formats.grouped(s.amount(), s.amount().scale()));
      amount.setId(
          "settlement-penalties-total-" + s.currency().code() + "-" + s.direction().name());
      amount.getStyleClass().add(Styles.TEXT_BOLD);
      totals.getChildren().add(new VBox(1, name, amount));
    }
  }

  /** Asks before marking the month's penalties booked, then books them off the FX thread. */
  private void confirmBookMonth() {
    if (!vm.canBookMonth().get()) {
      return;
    }
    Window owner = root.getScene() == null ? null : root.getScene().getWindow();
    FormDialog dialog =
        new FormDialog(
            owner,
            "Mark month booked",
            "Mark the CSDR penalties of " + vm.monthProperty().get() + " booked",
            "Mark booked");
    dialog.content().getChildren().add(FormDialog.explanation(vm.bookMonthQuestion()));
    dialog.content().setPrefWidth(480);
    dialog.onOk(vm.canBookMonth(), vm.busyProperty(), vm::bookMonth);
    dialog.show();
  }

  @Override
  public void focusSearch() {
    penalties.focusFilter();
  }

  @Override
  public Node root() {
    return root;
  }
}
